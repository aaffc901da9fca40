using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Collection;

/// <summary>
/// Resilience state belongs to an origin (scheme, host and port): sites that share an address do
/// not fail together, and a source that meets an open circuit waits for it instead of failing.
/// </summary>
public sealed class OriginCircuitTests
{
    private static readonly Window Week = Window.WeekEnding(new DateOnly(2025, 5, 23), TimeZoneInfo.Utc);

    private static readonly Dictionary<string, string?> QuickBreaker = new()
    {
        ["Bulletin:SourceConcurrency"] = "1",
        ["Bulletin:Fetch:MaxRetries"] = "1",
        ["Bulletin:Fetch:BreakerMinimumThroughput"] = "2",
        ["Bulletin:Fetch:BreakerBreakDuration"] = "00:00:01",
        ["Bulletin:Fetch:MaxCircuitWait"] = "00:00:03",
    };

    [Fact]
    public async Task A_failing_site_does_not_open_the_circuit_of_another_port_on_its_address()
    {
        await using var down = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/robots.txt" ? 404 : 503;
            return Task.CompletedTask;
        });
        await using var up = await FeedServerAsync(failFirst: 0);
        await using var pipeline = TestPipeline.Create(QuickBreaker);
        var sources = new[]
        {
            Source("down-1", down.Url("/a.xml")), Source("down-2", down.Url("/b.xml")), Source("up", up.Url("/feed.xml")),
        };

        var reports = await pipeline.Get<CollectionRun>().RunAsync(sources, Week, progress: null, CancellationToken.None);

        Assert.Equal("failed", reports.Single(r => r.Id == "down-1").Status);
        var fine = reports.Single(r => r.Id == "up");
        Assert.Equal("ok", fine.Status);
        Assert.Single(up.Requests, r => r.PathAndQuery == "/feed.xml");
    }

    [Fact]
    public async Task A_source_that_meets_an_open_circuit_waits_for_it_and_says_so()
    {
        await using var flaky = await FeedServerAsync(failFirst: 2);
        await using var pipeline = TestPipeline.Create(QuickBreaker);
        var sources = new[] { Source("first", flaky.Url("/feed.xml?a")), Source("second", flaky.Url("/feed.xml?b")) };

        var reports = await pipeline.Get<CollectionRun>().RunAsync(sources, Week, progress: null, CancellationToken.None);

        Assert.Equal("failed", reports.Single(r => r.Id == "first").Status);
        var second = reports.Single(r => r.Id == "second");
        Assert.Equal("ok", second.Status);
        // How long it waited depends on the machine's clock; that it waited, and for which origin, does not.
        Assert.Matches($@"waited \d+ s for the circuit of {System.Text.RegularExpressions.Regex.Escape(flaky.BaseUri.GetLeftPart(UriPartial.Authority))} to close", second.Message);
    }

    private static SourceDefinition Source(string id, Uri url) => new() { Id = id, Type = SourceType.Feed, Url = url, Details = DetailPolicy.Never };

    /// <summary>A feed with no items in the window; the first <paramref name="failFirst"/> feed requests answer 503.</summary>
    private static Task<LoopbackServer> FeedServerAsync(int failFirst)
    {
        var calls = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 404;
                return;
            }

            if (Interlocked.Increment(ref calls) <= failFirst)
            {
                context.Response.StatusCode = 503;
                return;
            }

            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync("""<rss version="2.0"><channel><title>Site</title></channel></rss>""");
        });
    }
}
