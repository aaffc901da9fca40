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

    /// <summary>
    /// How the connection is protected: <see cref="SmtpSecurity.None"/> (default, for a relay on this
    /// machine), <see cref="SmtpSecurity.StartTls"/> (usually port 587) or <see cref="SmtpSecurity.Tls"/>
    /// (implicit TLS, usually port 465). Any server off this machine needs one of the last two.
    /// </summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>The earlier switch for STARTTLS: true asks for <see cref="SmtpSecurity.StartTls"/> when <see cref="Security"/> is left at None.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>How long connecting, logging in and sending may each take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The protection in force, <see cref="EnableSsl"/> taken into account.</summary>
    public SmtpSecurity EffectiveSecurity => Security == SmtpSecurity.None && EnableSsl ? SmtpSecurity.StartTls : Security;
}

/// <summary>How an SMTP connection is protected (<c>Bulletin:Notify:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a relay on this machine.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS before anything is sent; refused when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, "SMTPS").</summary>
    Tls,
}
