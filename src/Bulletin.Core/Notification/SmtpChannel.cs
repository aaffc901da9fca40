using System.Net.Security;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Bulletin.Core.Notification;

/// <summary>Mails the notice as plain text through <c>Bulletin:Notify:Smtp</c>, with MailKit.</summary>
public sealed class SmtpChannel : INoticeChannel
{
    private readonly IOptions<NotifyOptions> options;
    private readonly RemoteCertificateValidationCallback? certificateCheck;

    public SmtpChannel(IOptions<NotifyOptions> options)
        : this(options, null)
    {
    }

    /// <summary>For tests against a local server with a certificate of their own; the service uses the system's trust store.</summary>
    internal SmtpChannel(IOptions<NotifyOptions> options, RemoteCertificateValidationCallback? certificateCheck)
    {
        this.options = options;
        this.certificateCheck = certificateCheck;
    }

    public string Name => "smtp";

    public bool Enabled => options.Value.Smtp.Enabled;

    public async Task SendAsync(Notice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        if (certificateCheck is not null)
        {
            client.ServerCertificateValidationCallback = certificateCheck;
        }

        await client.ConnectAsync(smtp.Host!, smtp.Port, SocketOptions(smtp.EffectiveSecurity), ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }

        await client.SendAsync(Message(smtp, notice), ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private static MimeMessage Message(SmtpOptions smtp, Notice notice)
    {
        var message = new MimeMessage { Subject = notice.Subject };
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        foreach (var to in smtp.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        // Quoted-printable keeps an English notice readable in the raw message while Burmese names survive.
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText(Encoding.UTF8, notice.Body());
        message.Body = body;
        return message;
    }

    // STARTTLS is required, not opportunistic: a server that stops offering it must not get the mail in clear.
    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
