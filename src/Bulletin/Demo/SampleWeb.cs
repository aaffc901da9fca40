using System.Net;
using System.Text;

namespace Bulletin.Demo;

/// <summary>
/// The demo's sample web: each sample site served on 127.0.0.1 with its own ephemeral port, so each is
/// its own origin to the host gate and robots.txt, as real sites are. Pages are dated into the demo's
/// week as they are served. Only this sample web is on loopback; the address guard lets a source whose
/// own URL is on loopback reach loopback and nothing else, so the demo needs no setting that opens it.
/// </summary>
internal sealed class SampleWeb : IAsyncDisposable
{
    private readonly List<WebApplication> servers;

    private SampleWeb(List<WebApplication> servers, IReadOnlyDictionary<string, Uri> sites)
    {
        this.servers = servers;
        Sites = sites;
    }

    /// <summary>Each site's base address (<c>http://127.0.0.1:PORT</c>), by its folder name.</summary>
    public IReadOnlyDictionary<string, Uri> Sites { get; }

    public static async Task<SampleWeb> StartAsync(SampleWeek week, CancellationToken ct)
    {
        var servers = new List<WebApplication>();
        var sites = new Dictionary<string, Uri>(StringComparer.Ordinal);
        try
        {
            foreach (var (site, files) in SamplePages.Sites())
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
                var app = builder.Build();
                Uri? baseUri = null;
                app.Run(context => ServeAsync(context, files, week, baseUri!));
                servers.Add(app);
                await app.StartAsync(ct);
                var address = app.Urls.First();
                baseUri = new Uri(address.TrimEnd('/'));
                sites[site] = baseUri;
            }
        }
        catch
        {
            await new SampleWeb(servers, sites).DisposeAsync();
            throw;
        }

        return new SampleWeb(servers, sites);
    }

    /// <summary>The sources file for this sample web: every <c>{{BASE:site}}</c> made the site's address.</summary>
    public string SourcesJson()
    {
        var text = SamplePages.Sources();
        foreach (var (site, uri) in Sites)
        {
            text = text.Replace("{{BASE:" + site + "}}", uri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        }

        return text;
    }

    private static async Task ServeAsync(HttpContext context, IReadOnlyDictionary<string, string> files, SampleWeek week, Uri baseUri)
    {
        // "/a/b/" is the folder's index page, as most sites serve it; a query (WordPress's page, after) changes nothing here.
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!files.TryGetValue(file, out var text))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = Encoding.UTF8.GetBytes(week.Fill(text.Replace("{{BASE}}", baseUri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)));
        context.Response.ContentType = ContentType(file);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".xml" => "application/xml; charset=utf-8",
        ".atom" => "application/atom+xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        // The WordPress API's posts endpoint has no extension.
        _ => "application/json; charset=utf-8",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }
    }
}
