using System.Text.Json;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Inspection;

/// <summary>
/// Serves the feed suite's files that carry an <c>http</c> record, each at its recorded URL's path on
/// a loopback server and with its recorded response headers (a recorded Content-Location is sent
/// as recorded, absolute or not). robots.txt and everything else is a 404.
/// </summary>
internal sealed class RecordedSuiteServer : IAsyncDisposable
{
    // The suite's own test server, where its recorded URLs and the expectations that name them point.
    private const string RecordedOrigin = "http://127.0.0.1:8097/";

    private readonly LoopbackServer server;
    private readonly Dictionary<string, Uri> urls;

    private RecordedSuiteServer(LoopbackServer server, Dictionary<string, Uri> urls)
    {
        this.server = server;
        this.urls = urls;
    }

    /// <summary>The suite files served, by their path under the suite's files folder.</summary>
    public IReadOnlyCollection<string> Files => urls.Keys;

    public static async Task<RecordedSuiteServer> StartAsync(string filesRoot, IEnumerable<JsonElement> suiteCases)
    {
        var byPath = new Dictionary<string, (string File, Dictionary<string, string> Headers)>(StringComparer.Ordinal);
        var recorded = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var suiteCase in suiteCases)
        {
            if (!suiteCase.TryGetProperty("http", out var http))
            {
                continue;
            }

            var file = suiteCase.GetProperty("file").GetString()!;
            var url = new Uri(http.GetProperty("url").GetString()!);
            var headers = http.GetProperty("headers").EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString()!);
            byPath[url.AbsolutePath] = (file, headers);
            recorded[file] = url;
        }

        var server = await LoopbackServer.StartAsync(async context =>
        {
            if (!byPath.TryGetValue(context.Request.Path.Value ?? "/", out var entry))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var body = await File.ReadAllBytesAsync(Path.Combine(filesRoot, entry.File));
            foreach (var (name, value) in entry.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        return new RecordedSuiteServer(server, recorded.ToDictionary(r => r.Key, r => server.Url(r.Value.PathAndQuery)));
    }

    /// <summary>The loopback URL a served file answers at.</summary>
    public Uri UrlOf(string file) => urls[file];

    /// <summary>Text naming the suite's server, made to name this one: a document's own URL resolves to here now.</summary>
    public string Localize(string text) => text.Replace(RecordedOrigin, server.BaseUri.ToString(), StringComparison.Ordinal);

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
