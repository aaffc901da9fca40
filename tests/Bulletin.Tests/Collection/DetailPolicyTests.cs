using Bulletin.Core.Collection;
using Bulletin.Core.Extraction;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Collection;

/// <summary>A source's <c>details</c> setting decides whether a dated document's own URL is fetched.</summary>
public sealed class DetailPolicyTests
{
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));

    [Theory]
    [InlineData(DetailPolicy.Auto, 0)]
    [InlineData(DetailPolicy.Always, 1)]
    public async Task A_dated_document_lead_is_fetched_only_when_details_are_always_read(DetailPolicy details, int fetches)
    {
        await using var site = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = context.Request.Path == "/robots.txt" ? "text/plain" : "application/pdf";
            await context.Response.WriteAsync(context.Request.Path == "/robots.txt" ? "" : "%PDF-1.4");
        });
        await using var pipeline = TestPipeline.Create();
        var source = new SourceDefinition { Id = "reports", Type = SourceType.Feed, Url = site.Url("/feed.xml"), Issuer = "Example Rights Watch", Details = details };
        var lead = new Lead { Url = site.Url("/annual-report.pdf"), Title = "Annual report", Published = PublishedDate.Exact(new DateTimeOffset(2025, 5, 20, 4, 0, 0, TimeSpan.Zero)) };

        var outcome = await pipeline.Get<ItemCollector>().CollectAsync(source, lead, Week, new RunState(), CancellationToken.None);

        Assert.Equal(LeadResult.New, outcome.Result);
        Assert.Equal(fetches, site.Requests.Count(r => r.PathAndQuery == "/annual-report.pdf"));
    }
}
