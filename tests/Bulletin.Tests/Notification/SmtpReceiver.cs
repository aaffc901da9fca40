using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Bulletin.Tests.Notification;

/// <summary>
/// Just enough of an SMTP server on 127.0.0.1 to take one message and keep what it was sent: plain,
/// with STARTTLS or with TLS from the first byte, optionally offering AUTH PLAIN and LOGIN.
/// </summary>
internal sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Task serving;
    private readonly X509Certificate2? certificate;
    private readonly bool implicitTls;
    private readonly bool offerAuth;

    public SmtpReceiver(X509Certificate2? certificate = null, bool implicitTls = false, bool offerAuth = false)
    {
        this.certificate = certificate;
        this.implicitTls = implicitTls;
        this.offerAuth = offerAuth;
        listener.Start();
        serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public List<string> Recipients { get; } = [];

    public string? Sender { get; private set; }

    /// <summary>The user name and password of an AUTH command, decoded.</summary>
    public (string User, string Password)? Login { get; private set; }

    /// <summary>True when the message came over TLS (implicit or after STARTTLS).</summary>
    public bool MessageWasEncrypted { get; private set; }

    /// <summary>The DATA section, headers and body, as received.</summary>
    public TaskCompletionSource<string> Message { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A self-signed certificate for 127.0.0.1, valid today.</summary>
    public static X509Certificate2 TestCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Exported and loaded again, so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private async Task ServeAsync()
    {
        using var client = await listener.AcceptTcpClientAsync();
        Stream stream = client.GetStream();
        if (implicitTls)
        {
            stream = await SecureAsync(stream);
        }

        var (reader, writer) = Open(stream);
        await writer.WriteLineAsync("220 localhost test SMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    var offers = new List<string> { "localhost" };
                    if (certificate is not null && stream is not SslStream)
                    {
                        offers.Add("STARTTLS");
                    }

                    if (offerAuth)
                    {
                        offers.Add("AUTH PLAIN LOGIN");
                    }

                    for (var i = 0; i < offers.Count; i++)
                    {
                        await writer.WriteLineAsync((i == offers.Count - 1 ? "250 " : "250-") + offers[i]);
                    }

                    break;
                case "STARTTLS":
                    await writer.WriteLineAsync("220 Ready to start TLS");
                    stream = await SecureAsync(stream);
                    (reader, writer) = Open(stream);
                    break;
                case "AUTH":
                    await AuthenticateAsync(line, reader, writer);
                    break;
                case "MAIL":
                    Sender = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    Recipients.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine);
                    }

                    MessageWasEncrypted = stream is SslStream;
                    Message.TrySetResult(data.ToString());
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    private async Task AuthenticateAsync(string line, StreamReader reader, StreamWriter writer)
    {
        var parts = line.Split(' ');
        if (parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            var response = parts.Length > 2 ? parts[2] : await ChallengeAsync("", reader, writer);
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
            Login = (fields[1], fields[2]);
        }
        else
        {
            var user = parts.Length > 2 ? parts[2] : await ChallengeAsync("VXNlcm5hbWU6", reader, writer);
            var password = await ChallengeAsync("UGFzc3dvcmQ6", reader, writer);
            Login = (Encoding.UTF8.GetString(Convert.FromBase64String(user)), Encoding.UTF8.GetString(Convert.FromBase64String(password)));
        }

        await writer.WriteLineAsync("235 Authentication succeeded");
    }

    private static async Task<string> ChallengeAsync(string prompt, StreamReader reader, StreamWriter writer)
    {
        await writer.WriteLineAsync("334 " + prompt);
        return await reader.ReadLineAsync() ?? "";
    }

    private async Task<SslStream> SecureAsync(Stream inner)
    {
        var secure = new SslStream(inner, leaveInnerStreamOpen: false);
        await secure.AuthenticateAsServerAsync(certificate!);
        return secure;
    }

    private static (StreamReader Reader, StreamWriter Writer) Open(Stream stream) =>
        (new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true),
         new StreamWriter(stream, Encoding.ASCII, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true });

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        try
        {
            await serving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException or TimeoutException)
        {
            // The test is over; a connection cut short by Stop is expected.
        }
    }
}
