using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Fetching;

/// <summary>The response's Content-Location reaches the result, resolved against the URL that answered.</summary>
public sealed class FetcherContentLocationTests
{
    [Theory]
    [InlineData("/feeds/main.xml", "/feeds/main.xml")] // relative: resolved against the final URL
    [InlineData("current.xml", "/moved/current.xml")]
    [InlineData("https://example.org/feed/", "https://example.org/feed/")] // absolute: as given
    public async Task Carries_the_Content_Location_resolved_against_the_final_url(string header, string expected)
    {
        await using var server = await ServeAsync(header);
        using var host = FetchHost.Create();

        var result = await host.FetchAsync(server.Url("/old"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(server.Url("/moved/feed"), result.FinalUrl);
        var want = expected.StartsWith('/') ? server.Url(expected) : new Uri(expected);
        Assert.Equal(want, result.ContentLocation);
        Assert.Equal(want, result.BaseUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert('unsafe');")]
    [InlineData("mailto:press@example.org")]
    public async Task Without_an_http_Content_Location_the_base_is_the_final_url(string? header)
    {
        await using var server = await ServeAsync(header);
        using var host = FetchHost.Create();

        var result = await host.FetchAsync(server.Url("/old"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.ContentLocation);
        Assert.Equal(server.Url("/moved/feed"), result.BaseUrl);
    }

    // /old redirects to /moved/feed, which answers with the given Content-Location (none for null).
    private static Task<LoopbackServer> ServeAsync(string? contentLocation) => LoopbackServer.StartAsync(async context =>
    {
        if (context.Request.Path == "/old")
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = "/moved/feed";
            return;
        }

        if (contentLocation is not null)
        {
            context.Response.Headers.ContentLocation = contentLocation;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    });
}
