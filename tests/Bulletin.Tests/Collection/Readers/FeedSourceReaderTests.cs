using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Collection.Readers;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Collection.Readers;

/// <summary>A feed source read over real HTTP through the pipeline's cached fetcher.</summary>
public sealed class FeedSourceReaderTests
{
    private static readonly Window Week = Window.WeekEnding(new DateOnly(2025, 5, 25), TimeZoneInfo.Utc);

    [Theory]
    [InlineData("https://www.example.org/news/feed.xml", "https://www.example.org/news/statement-1")]
    [InlineData(null, "{server}feeds/statement-1")]
    public async Task Relative_item_links_resolve_against_Content_Location_else_the_feed_url(string? contentLocation, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 404;
                return;
            }

            if (contentLocation is not null)
            {
                context.Response.Headers.ContentLocation = contentLocation;
            }

            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync(
                """<rss version="2.0"><channel><title>News</title><item><title>Statement</title><link>statement-1</link></item></channel></rss>""");
        });
        await using var pipeline = TestPipeline.Create();
        var reader = ActivatorUtilities.CreateInstance<FeedSourceReader>(pipeline.Services);
        var source = new SourceDefinition { Id = "ngo", Name = "NGO", Type = SourceType.Feed, Url = server.Url("feeds/main") };

        var reading = await reader.ReadAsync(source, Week, CancellationToken.None);

        Assert.Null(reading.Error);
        var lead = Assert.Single(reading.Leads);
        Assert.Equal(new Uri(expected.Replace("{server}", server.BaseUri.ToString(), StringComparison.Ordinal)), lead.Url);
    }
}
