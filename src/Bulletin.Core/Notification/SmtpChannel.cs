using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Notification;

/// <summary>Mails the notice as plain text through <c>Bulletin:Notify:Smtp</c>.</summary>
public sealed class SmtpChannel(IOptions<NotifyOptions> options) : INoticeChannel
{
    public string Name => "smtp";

    public bool Enabled => options.Value.Smtp.Enabled;

    public async Task SendAsync(Notice notice, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, Timeout = 30_000 };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var message = new MailMessage { From = new MailAddress(smtp.From!), Subject = notice.Subject, Body = notice.Body() };
        message.BodyEncoding = System.Text.Encoding.UTF8;
        message.BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable;
        foreach (var to in smtp.To)
        {
            message.To.Add(to);
        }

        await client.SendMailAsync(message, ct);
    }
}
