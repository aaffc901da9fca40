using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Core.Selection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulletin.Bench;

/// <summary>
/// Many synthetic sites in one Kestrel server, each on its own loopback address (Linux routes all of
/// 127.0.0.0/8 to the loopback interface), so each is a separate host to the fetcher's per-host gate
/// and connection pool, as real sources are. Counts what it serves.
/// </summary>
internal sealed class SyntheticSites : IAsyncDisposable
{
    private static readonly byte[] Robots = Encoding.ASCII.GetBytes("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n");

    private readonly WebApplication app;
    private Dictionary<IPAddress, SyntheticSite> sites = [];
    private long robotsRequests;
    private long feedRequests;
    private long pageRequests;
    private long otherRequests;
    private long bytes;
    private long generationTicks;

    private SyntheticSites(WebApplication app) => this.app = app;

    public IReadOnlyList<SyntheticSite> Sites => [.. sites.Values.OrderBy(s => s.Index)];

    public long RobotsRequests => Interlocked.Read(ref robotsRequests);

    public long FeedRequests => Interlocked.Read(ref feedRequests);

    public long PageRequests => Interlocked.Read(ref pageRequests);

    public long OtherRequests => Interlocked.Read(ref otherRequests);

    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Time the server spent rendering pages, which shares the machine with the run being measured.</summary>
    public TimeSpan Generation => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref generationTicks));

    /// <summary>127.1.0.1, 127.1.0.2, … 127.1.0.250, 127.1.1.1, …: never 127.0.0.1, which other programs use.</summary>
    public static IPAddress AddressOf(int index) => new([127, 1, (byte)(index / 250), (byte)((index % 250) + 1)]);

    public static async Task<SyntheticSites> StartAsync(int count, Window window)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var i = 0; i < count; i++)
            {
                kestrel.Listen(AddressOf(i), 0);
            }
        });
        var app = builder.Build();
        var server = new SyntheticSites(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();

        var bound = new Dictionary<IPAddress, SyntheticSite>();
        foreach (var address in app.Urls.Select(u => new Uri(u)))
        {
            var ip = IPAddress.Parse(address.Host);
            var bytes = ip.GetAddressBytes();
            bound[ip] = new SyntheticSite((bytes[2] * 250) + bytes[3] - 1, new Uri($"http://{address.Authority}/"), window);
        }

        server.sites = bound.Count == count ? bound : throw new InvalidOperationException($"bound {bound.Count} of {count} loopback addresses");
        return server;
    }

    /// <summary>A sources file naming every site's feed, in the format the app reads.</summary>
    public string SourcesJson()
    {
        var sources = new JsonArray();
        foreach (var site in Sites)
        {
            var i = site.Index;
            sources.Add(new JsonObject
            {
                ["id"] = $"bench-{i + 1:D4}",
                ["name"] = $"{site.Publisher.Name} (synthetic {i + 1})",
                ["type"] = "feed",
                ["url"] = site.FeedUrl.AbsoluteUri,
                ["issuer"] = site.Publisher.Name,
                ["timeZone"] = "Asia/Yangon",
                ["language"] = site.Publisher.Language,
            });
        }

        return new JsonObject { ["sources"] = sources }.ToJsonString();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var site = context.Connection.LocalIpAddress is { } local && sites.TryGetValue(local, out var s) ? s : null;
        var path = context.Request.Path.Value ?? "/";
        (byte[]? body, string? type) = site is null ? (null, null)
            : path == "/robots.txt" ? (Count(ref robotsRequests, Robots), "text/plain")
            : path == site.FeedUrl.AbsolutePath ? (Count(ref feedRequests, site.Feed), SyntheticFeeds.ContentType(site.Format))
            : Render(site, path) is { } page ? (Count(ref pageRequests, page), SyntheticPages.ContentType)
            : (Count(ref otherRequests, null), null);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Add(ref bytes, body.Length);
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private byte[]? Render(SyntheticSite site, string path)
    {
        var started = Stopwatch.GetTimestamp();
        var page = site.Page(path);
        Interlocked.Add(ref generationTicks, Stopwatch.GetTimestamp() - started);
        return page;
    }

    private static byte[]? Count(ref long counter, byte[]? body)
    {
        Interlocked.Increment(ref counter);
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
