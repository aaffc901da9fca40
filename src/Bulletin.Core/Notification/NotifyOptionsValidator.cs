using Microsoft.Extensions.Options;
using MimeKit;

namespace Bulletin.Core.Notification;

/// <summary>Stops start-up on a notification setting that could never deliver, naming the setting.</summary>
public sealed class NotifyOptionsValidator : IValidateOptions<NotifyOptions>
{
    public ValidateOptionsResult Validate(string? name, NotifyOptions options)
    {
        var failures = new List<string>();
        var webhook = options.Webhook;
        if (webhook.Enabled && (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            failures.Add($"Bulletin:Notify:Webhook:Url '{webhook.Url}' is not an absolute http(s) URL, e.g. https://chat.example.org/hooks/bulletin; leave it empty for no webhook.");
        }

        var smtp = options.Smtp;
        if (smtp.Enabled)
        {
            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add($"Bulletin:Notify:Smtp:Port {smtp.Port} must be between 1 and 65535 (25, 465 or 587 usually).");
            }

            if (!IsAddress(smtp.From))
            {
                failures.Add($"Bulletin:Notify:Smtp:From '{smtp.From}' must be an e-mail address, e.g. bulletin@example.org.");
            }

            if (smtp.To.Count == 0 || smtp.To.Any(a => !IsAddress(a)))
            {
                failures.Add("Bulletin:Notify:Smtp:To must list one or more e-mail addresses (Bulletin__Notify__Smtp__To__0=editor@example.org).");
            }

            if (!Enum.IsDefined(smtp.Security))
            {
                failures.Add($"Bulletin:Notify:Smtp:Security '{smtp.Security}' must be None, StartTls (port 587 usually) or Tls (port 465 usually).");
            }

            if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout > TimeSpan.FromMinutes(10))
            {
                failures.Add($"Bulletin:Notify:Smtp:Timeout {smtp.Timeout} must be more than 0 and at most 00:10:00, e.g. 00:00:30.");
            }

            if (!string.IsNullOrEmpty(smtp.UserName) && string.IsNullOrEmpty(smtp.Password))
            {
                failures.Add("Bulletin:Notify:Smtp:Password is empty while UserName is set; set both (Bulletin__Notify__Smtp__Password) or neither.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAddress(string? text) => !string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(text, out var address) && address.Address.Contains('@', StringComparison.Ordinal);
}
