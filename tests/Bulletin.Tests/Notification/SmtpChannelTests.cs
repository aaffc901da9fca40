using Bulletin.Core.Notification;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Notification;

/// <summary>The e-mail channel against a small SMTP server on 127.0.0.1.</summary>
public sealed class SmtpChannelTests
{
    [Fact]
    public async Task A_draft_ready_notice_arrives_as_mail_with_its_subject_and_the_sources_needing_attention()
    {
        await using var receiver = new SmtpReceiver();
        var options = Options.Create(new NotifyOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = receiver.Port, From = "bulletin@example.org", To = ["editor@example.org", "desk@example.org"] },
        });

        await new SmtpChannel(options).SendAsync(NoticeSamples.DraftReady(), CancellationToken.None);

        // Long header lines arrive folded, and the quoted-printable body with soft line breaks; undone, they read as sent.
        var raw = await receiver.Message.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var message = System.Text.RegularExpressions.Regex.Replace(raw.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal), @"\r?\n[ \t]+", " ");
        Assert.Equal("<bulletin@example.org>", receiver.Sender);
        Assert.Equal(["<editor@example.org>", "<desk@example.org>"], receiver.Recipients);
        Assert.Contains("Subject: Bulletin draft ready: 2022-01-08 to 2022-01-14, 1 items, 1 source(s) need attention", message, StringComparison.Ordinal);
        Assert.Contains("nug failed: HTTP 503", message, StringComparison.Ordinal);
        Assert.Contains("/data/drafts/2022-01-14", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls)]
    [InlineData(SmtpSecurity.Tls)]
    public async Task Mail_goes_over_TLS_and_logs_in_when_told_to(SmtpSecurity security)
    {
        using var certificate = SmtpReceiver.TestCertificate();
        await using var receiver = new SmtpReceiver(certificate, implicitTls: security == SmtpSecurity.Tls, offerAuth: true);
        var options = Options.Create(new NotifyOptions
        {
            Smtp = new SmtpOptions
            {
                Host = "127.0.0.1",
                Port = receiver.Port,
                From = "bulletin@example.org",
                To = ["editor@example.org"],
                Security = security,
                UserName = "bulletin",
                Password = "s3cret pass",
            },
        });

        // The test's own certificate, trusted by its thumbprint alone.
        var channel = new SmtpChannel(options, (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString());
        await channel.SendAsync(NoticeSamples.DraftReady(), CancellationToken.None);

        await receiver.Message.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(receiver.MessageWasEncrypted);
        Assert.Equal(("bulletin", "s3cret pass"), receiver.Login);
        Assert.Equal(["<editor@example.org>"], receiver.Recipients);
    }

    [Fact]
    public async Task StartTls_refuses_a_server_that_does_not_offer_it()
    {
        await using var receiver = new SmtpReceiver();
        var options = Options.Create(new NotifyOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = receiver.Port, From = "bulletin@example.org", To = ["editor@example.org"], EnableSsl = true },
        });

        await Assert.ThrowsAnyAsync<NotSupportedException>(() => new SmtpChannel(options).SendAsync(NoticeSamples.DraftReady(), CancellationToken.None));
        Assert.False(receiver.Message.Task.IsCompleted);
    }

    [Fact]
    public void Settings_that_could_never_deliver_are_refused_naming_the_setting()
    {
        var result = new NotifyOptionsValidator().Validate(null, new NotifyOptions
        {
            Webhook = new WebhookOptions { Url = "chat.example.org/hook" },
            Smtp = new SmtpOptions { Host = "mail.example.org", From = "not an address", UserName = "bulletin", Timeout = TimeSpan.Zero },
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Notify:Webhook:Url", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Notify:Smtp:From", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Notify:Smtp:To", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Notify:Smtp:Timeout", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Bulletin:Notify:Smtp:Password", StringComparison.Ordinal));
    }
}
