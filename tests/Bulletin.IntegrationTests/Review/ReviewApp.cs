using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Bulletin.Core.Classification;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Storage;
using Bulletin.Review;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Review;

/// <summary>
/// The service started as operators start it (<c>dotnet Bulletin.dll serve</c>) on a free loopback
/// port, with a temp database seeded with one week of items and one editor account.
/// </summary>
internal sealed partial class ReviewApp : IAsyncDisposable
{
    public const string Editor = "Aye Aye";
    public const string Password = "correct horse battery staple";

    /// <summary>The seeded week, in the bulletin's default zone (Asia/Yangon).</summary>
    public const string Week = "/drafts/2025-05-05/2025-05-11";

    private readonly Process process;
    private readonly string folder;
    private readonly Dictionary<string, string> environment;
    private bool handedOver;

    private ReviewApp(Process process, string folder, Uri baseUri, Dictionary<string, string> environment)
    {
        this.process = process;
        this.folder = folder;
        this.environment = environment;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public string DatabasePath => Path.Combine(folder, "bulletin.db");

    /// <summary>Where the app's draft job writes, one folder per week.</summary>
    public string DraftsPath => Path.Combine(folder, "drafts");

    /// <summary>The service's standard output and error so far, for failure messages.</summary>
    public StringBuilder Output { get; } = new();

    public static readonly StoredItem Statement = Item("https://example.org/news/sagaing-airstrike", "Statement on the airstrike in Sagaing", "Office of the High Commissioner for Human Rights", Kind.Statement, 6);

    public static readonly StoredItem Scripted = Item("https://example.org/news/script", "<script>alert('x')</script> Joint press release", "Fortify Rights", Kind.Statement, 7);

    public static readonly StoredItem Report = Item("https://example.org/reports/displacement", "Displacement report for April", "UNHCR", Kind.Report, 9);

    /// <summary>
    /// Starts the service on a new seeded folder; <paramref name="sourcesJson"/> replaces the empty sources
    /// file and <paramref name="settings"/> adds environment variables.
    /// </summary>
    public static async Task<ReviewApp> StartAsync(bool allowPrivateAddresses, string? sourcesJson = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-review-").FullName;
        var database = Path.Combine(folder, "bulletin.db");
        await using (var store = await Store.OpenAsync(database))
        {
            foreach (var item in new[] { Statement, Scripted, Report })
            {
                await store.UpsertItemAsync(item);
            }

            await store.RecordSourceRunAsync(new SourceRun { RunId = "r1", SourceId = "broken-site", StartedAt = new DateTimeOffset(2025, 5, 10, 0, 0, 0, TimeSpan.Zero), Status = SourceRunStatus.Failed, Message = "HTTP 503 Service Unavailable" });
        }

        var sources = Path.Combine(folder, "sources.json");
        await File.WriteAllTextAsync(sources, sourcesJson ?? """{"sources": []}""");
        var environment = new Dictionary<string, string>
        {
            ["Bulletin__DatabasePath"] = database,
            ["Bulletin__DraftsPath"] = Path.Combine(folder, "drafts"),
            ["Bulletin__SourcesPath"] = sources,
            ["Bulletin__Schedule__Collect"] = "0 0 0 1 1 ? 2099",
            ["Bulletin__Schedule__Draft"] = "0 0 0 1 1 ? 2099",
            ["Bulletin__Review__Editors__0__Name"] = Editor,
            ["Bulletin__Review__Editors__0__PasswordHash"] = EditorAccounts.Hash(Password),
            ["Bulletin__Review__TrustedHeader"] = "X-Test-Proxy-User",
            ["Bulletin__Review__AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return await LaunchAsync(folder, environment);
    }

    /// <summary>
    /// Stops this service and starts another on the same folder (database, keys, drafts), with
    /// <paramref name="changes"/> laid over its settings, as an operator restarts it after editing them.
    /// </summary>
    public async Task<ReviewApp> RestartAsync(IReadOnlyDictionary<string, string?> changes)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        handedOver = true;
        var next = new Dictionary<string, string>(environment);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                next.Remove(name);
            }
            else
            {
                next[name] = value;
            }
        }

        return await LaunchAsync(folder, next);
    }

    private static async Task<ReviewApp> LaunchAsync(string folder, Dictionary<string, string> environment)
    {
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = AppProcess.Start(["serve", "--urls", baseUri.ToString().TrimEnd('/')], environment);
        var app = new ReviewApp(process, folder, baseUri, environment);
        process.OutputDataReceived += (_, e) => { lock (app.Output) { app.Output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (app.Output) { app.Output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = baseUri };
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"serve exited {process.ExitCode}: {app.Output}");
            }

            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await app.DisposeAsync();
        throw new TimeoutException("serve did not answer /health/live within 30 s");
    }

    /// <summary>A client with its own cookies that does not follow redirects, so tests see each 303.</summary>
    public HttpClient Client(bool followRedirects = false) => Client(new CookieContainer(), followRedirects);

    /// <summary>A client keeping its cookies in <paramref name="cookies"/>, so a test can save and replay them.</summary>
    public HttpClient Client(CookieContainer cookies, bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = followRedirects }) { BaseAddress = BaseUri };

    /// <summary>Signs <paramref name="client"/> in with the configured account; returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password = Password)
    {
        var token = Token(await client.GetStringAsync("/signin"));
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = Editor,
            ["password"] = password,
            ["returnUrl"] = Week,
        }));
    }

    /// <summary>Posts a form as the page would: with the antiforgery token from <paramref name="pagePath"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token(await client.GetStringAsync(pagePath)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("no antiforgery token on the page");

    /// <summary>Removes the folder; the process is stopped by <see cref="DisposeAsync"/> or <see cref="RestartAsync"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (handedOver)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>A stored item as collection would keep it, published on <paramref name="day"/> May 2025 at <paramref name="hour"/>:00 Yangon time.</summary>
    internal static StoredItem Item(string url, string title, string issuer, Kind kind, int day, string language = "en", int hour = 10) => new()
    {
        Key = UrlKey.For(new Uri(url)),
        Url = url,
        SourceId = "seeded",
        Title = title,
        Published = new DateTimeOffset(2025, 5, day, hour, 0, 0, TimeSpan.FromHours(6.5)),
        Language = language,
        Issuer = issuer,
        IssuerReason = "named in the page's byline",
        Kind = kind,
        KindReason = "title says statement",
        FirstSeen = new DateTimeOffset(2025, 5, day, 12, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2025, 5, day, 12, 0, 0, TimeSpan.Zero),
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
