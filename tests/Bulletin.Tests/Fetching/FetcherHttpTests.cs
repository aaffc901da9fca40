using System.IO.Compression;
using System.Text;
using Bulletin.Core.Fetching;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Fetching;

public sealed class FetcherHttpTests
{
    [Fact]
    public async Task Answers_304_when_the_request_carries_the_servers_ETag()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ETag = "\"v7\"";
            if (context.Request.Headers.IfNoneMatch == "\"v7\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<p>report</p>");
        });
        using var host = FetchHost.Create();

        var first = await host.FetchAsync(server.Url("/report"));
        var second = await host.Fetcher.FetchAsync(new FetchRequest(server.Url("/report")) { ETag = first.ETag }, CancellationToken.None);

        Assert.Equal("\"v7\"", first.ETag);
        Assert.Equal("text/html; charset=utf-8", first.ContentType);
        Assert.False(first.NotModified);
        Assert.True(second.IsSuccess, second.Error);
        Assert.True(second.NotModified);
        Assert.Equal(304, second.Status);
        Assert.Empty(second.Body);
        Assert.Equal("\"v7\"", second.ETag);
    }

    [Fact]
    public async Task Sends_weak_ETags_as_is_and_Last_Modified_as_If_Modified_Since()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 304;
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create();
        var lastModified = new DateTimeOffset(2025, 5, 20, 8, 30, 0, TimeSpan.Zero);

        var result = await host.Fetcher.FetchAsync(
            new FetchRequest(server.Url("/feed")) { ETag = "W/\"abc-1\"", LastModified = lastModified },
            CancellationToken.None);

        var seen = Assert.Single(server.Requests);
        Assert.Equal("W/\"abc-1\"", seen.IfNoneMatch);
        Assert.Equal("Tue, 20 May 2025 08:30:00 GMT", seen.IfModifiedSince);
        Assert.True(result.NotModified);
        Assert.Equal(lastModified, result.LastModified);
    }

    [Fact]
    public async Task Follows_absolute_and_relative_redirects_and_reports_the_final_url()
    {
        LoopbackServer? self = null;
        await using var server = self = await LoopbackServer.StartAsync(async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/old":
                    context.Response.StatusCode = 301;
                    context.Response.Headers.Location = self!.Url("/moved/here").ToString();
                    return;
                case "/moved/here":
                    context.Response.StatusCode = 302;
                    context.Response.Headers.Location = "final?id=3";
                    return;
                default:
                    await context.Response.WriteAsync("arrived");
                    return;
            }
        });
        using var host = FetchHost.Create();

        var result = await host.FetchAsync(server.Url("/old"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(server.Url("/old"), result.RequestedUrl);
        Assert.Equal(server.Url("/moved/final?id=3"), result.FinalUrl);
        Assert.Equal("arrived", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(3, result.Attempts);
    }

    [Fact]
    public async Task Gives_up_after_too_many_redirects()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var n = int.Parse(context.Request.Path.Value!.TrimStart('/'), System.Globalization.CultureInfo.InvariantCulture);
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"/{n + 1}";
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create("MaxRedirects=2");

        var result = await host.FetchAsync(server.Url("/0"));

        Assert.Equal("too many redirects (3)", result.Error);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(server.Url("/2"), result.FinalUrl);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refuses_a_body_larger_than_the_limit(bool declareLength)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var body = new byte[4096];
            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
            }

            await context.Response.Body.WriteAsync(body);
        });
        using var host = FetchHost.Create("MaxResponseBytes=2048");

        var result = await host.FetchAsync(server.Url("/huge.pdf"));

        Assert.Equal("response larger than 2 KiB", result.Error);
        Assert.Empty(result.Body);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Decompresses_gzip_and_identifies_itself()
    {
        string? acceptEncoding = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding;
            using var packed = new MemoryStream();
            await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("ဖော်ပြချက် statement"));
            }

            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(packed.ToArray());
        });
        using var host = FetchHost.Create("UserAgent=Bulletin/9.9 (test)");

        var result = await host.FetchAsync(server.Url("/zipped"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("ဖော်ပြချက် statement", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(result.Body.Length, result.Bytes);
        Assert.Contains("gzip", acceptEncoding);
        Assert.Contains("br", acceptEncoding);
        Assert.Equal("Bulletin/9.9 (test)", Assert.Single(server.Requests).UserAgent);
    }
}
