namespace Bulletin.Core.Notification;

/// <summary>Who is told when a draft is ready or sources need attention (configuration section <c>Bulletin:Notify</c>); both channels are optional.</summary>
public sealed class NotifyOptions
{
    public const string Section = "Bulletin:Notify";

    public WebhookOptions Webhook { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>A URL that receives each notice as a JSON POST (<c>Bulletin:Notify:Webhook</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Absolute http(s) URL; empty turns the webhook off.</summary>
    public string? Url { get; set; }

    /// <summary>How long one POST may take. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}

/// <summary>An SMTP server that mails each notice (<c>Bulletin:Notify:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Server name; empty turns e-mail off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? From { get; set; }

    /// <summary>Recipients, at least one when <see cref="Host"/> is set.</summary>
    public IList<string> To { get; set; } = [];

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS before anything is sent. Default false; turn it on for any server off this machine.</summary>
    public bool EnableSsl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
