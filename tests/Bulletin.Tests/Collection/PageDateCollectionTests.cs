using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulletin.Tests.Collection;

/// <summary>
/// Collecting items whose feed gives no date: the item's page dates it, no later than the app's
/// clock says the page was fetched, and the store keeps the offset the page stated.
/// </summary>
public sealed class PageDateCollectionTests
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);

    [Fact]
    public async Task A_date_after_the_fetch_is_passed_over_and_a_stated_offset_is_stored()
    {
        await using var server = await LoopbackServer.StartAsync(Serve);
        var folder = Directory.CreateTempSubdirectory("bulletin-page-dates-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bulletin:DatabasePath"] = Path.Combine(folder, "bulletin.db"),
            ["Bulletin:Attribution:IssuersPath"] = Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"),
            ["Bulletin:Rendering:TemplatesPath"] = Path.Combine(RepositoryRoot.Path, "templates"),
            ["Bulletin:Fetch:PerHostMinDelay"] = "00:00:00.020",
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 5, 23, 12, 0, 0, TimeSpan.Zero)))
            .AddBulletin(configuration)
            .BuildServiceProvider();
        var source = new SourceDefinition { Id = "ngo", Name = "NGO", Type = SourceType.Feed, Url = server.Url("feed"), TimeZone = "America/New_York" };

        await services.GetRequiredService<CollectionRun>().RunAsync([source], Week, null, CancellationToken.None);
        var items = await services.GetRequiredService<Store>().ItemsPublishedBetweenAsync(Week.Start, Week.End, CancellationToken.None);

        // The page's JSON-LD says 30 May, a week after the clock's fetch: its byline's 20 May is the date.
        var typo = Assert.Single(items, i => i.Url.EndsWith("/statements/typo", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 5, 20), DateOnly.FromDateTime(typo.Published.DateTime));

        // 23:30 at -04:00 on the 16th is the 17th in Yangon: in the week, stored at its own offset.
        var late = Assert.Single(items, i => i.Url.EndsWith("/statements/late", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromHours(-4), late.Published.Offset);
        Assert.Equal(new DateTime(2025, 5, 16, 23, 30, 0), late.Published.DateTime);
        Assert.True(Week.Contains(late.Published));
        Assert.Equal(2, items.Count);
    }

    private static Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value;
        context.Response.ContentType = path == "/feed" ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
        return path switch
        {
            "/feed" => context.Response.WriteAsync("""
                <rss version="2.0"><channel><title>Statements</title>
                <item><title>Statement on the blockade</title><link>/statements/typo</link></item>
                <item><title>Statement on aviation fuel</title><link>/statements/late</link></item>
                </channel></rss>
                """),
            "/statements/typo" => context.Response.WriteAsync("""
                <html><head><title>Statement on the blockade</title>
                <script type="application/ld+json">{"@type":"Article","headline":"Statement on the blockade","datePublished":"2025-05-30"}</script></head>
                <body><article><h1>Statement on the blockade</h1><p class="byline">Posted on May 20, 2025 by the secretariat</p>
                <p>The blockade of food and medicine to the townships must end, and humanitarian agencies must be allowed to reach the people who need them.</p></article></body></html>
                """),
            "/statements/late" => context.Response.WriteAsync("""
                <html><head><title>Statement on aviation fuel</title><meta property="article:published_time" content="2025-05-16T23:30:00-04:00"></head>
                <body><article><h1>Statement on aviation fuel</h1>
                <p>Governments must stop the shipments of aviation fuel that make the military's airstrikes on villages, schools and camps possible.</p></article></body></html>
                """),
            _ => Task.FromResult(context.Response.StatusCode = 404),
        };
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
