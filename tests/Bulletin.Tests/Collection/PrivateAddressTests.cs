using Bulletin.Core.Collection;
using Bulletin.Core.Extraction;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Collection;

/// <summary>
/// What a feed points to cannot take the collector onto the service's own network: a document
/// reached from a public address never leads to a special-purpose one, checked when connecting.
/// </summary>
public sealed class PrivateAddressTests
{
    // A public address the test never connects to: the source's own URL only decides what its items may reach.
    private static readonly Uri PublicFeed = new("http://93.184.215.14/feed.xml");
    private static readonly Window Week = Window.WeekEnding(new DateOnly(2025, 5, 23), TimeZoneInfo.Utc);
    private static readonly Lead Dated = new() { Url = new Uri("http://127.0.0.1/"), Published = PublishedDate.Exact(new DateTimeOffset(2025, 5, 20, 9, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public async Task A_public_sources_item_on_loopback_is_never_fetched()
    {
        await using var site = await SecretSiteAsync();
        await using var pipeline = TestPipeline.Create();
        var source = new SourceDefinition { Id = "public", Type = SourceType.Feed, Url = PublicFeed };

        var outcome = await pipeline.Get<ItemCollector>().CollectAsync(source, Dated with { Url = site.Url("/internal-admin/secret-token.html") }, Week, new RunState(), CancellationToken.None);

        Assert.Equal(LeadResult.Failed, outcome.Result);
        Assert.Contains("is a loopback address", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task A_loopback_source_may_not_be_redirected_to_a_link_local_address()
    {
        await using var site = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/robots.txt" ? 404 : 302;
            context.Response.Headers.Location = "http://169.254.169.254/latest/meta-data/";
            return Task.CompletedTask;
        });
        await using var pipeline = TestPipeline.Create(new Dictionary<string, string?> { ["Bulletin:Fetch:AttemptTimeout"] = "00:00:01" });
        var source = new SourceDefinition { Id = "local", Type = SourceType.Feed, Url = site.Url("/feed.xml") };

        var outcome = await pipeline.Get<ItemCollector>().CollectAsync(source, Dated with { Url = site.Url("/moved") }, Week, new RunState(), CancellationToken.None);

        Assert.Equal(LeadResult.Failed, outcome.Result);
        Assert.Contains("169.254.169.254 is a link-local address", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowPrivateAddresses_opens_every_address()
    {
        await using var site = await SecretSiteAsync();
        await using var pipeline = TestPipeline.Create(new Dictionary<string, string?> { ["Bulletin:Fetch:AllowPrivateAddresses"] = "true" });
        var source = new SourceDefinition { Id = "public", Type = SourceType.Feed, Url = PublicFeed };

        var outcome = await pipeline.Get<ItemCollector>().CollectAsync(source, Dated with { Url = site.Url("/internal-admin/secret-token.html") }, Week, new RunState(), CancellationToken.None);

        Assert.Equal(LeadResult.New, outcome.Result);
        Assert.Equal("Secret token", outcome.Item!.Title);
    }

    private static Task<LoopbackServer> SecretSiteAsync() => LoopbackServer.StartAsync(async context =>
    {
        if (context.Request.Path == "/robots.txt")
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<html><head><title>Secret token</title></head><body><h1>Secret token</h1><p>do not publish</p></body></html>");
    });
}
