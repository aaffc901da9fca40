using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bulletin.Tests.Fetching;

public sealed class FetcherRobotsTests
{
    private static Task<LoopbackServer> SiteWithRobots(string robots, int robotsStatus = 200) =>
        LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = robotsStatus;
                await context.Response.WriteAsync(robots);
                return;
            }

            if (context.Request.Path == "/public/moved")
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "/private/landing";
                return;
            }

            await context.Response.WriteAsync("page");
        });

    [Fact]
    public async Task Never_requests_a_disallowed_path()
    {
        await using var server = await SiteWithRobots("User-agent: *\nDisallow: /private/\n");
        using var host = FetchHost.Create("RespectRobots=true");

        var blocked = await host.FetchAsync(server.Url("/private/x"));
        var allowed = await host.FetchAsync(server.Url("/public/y"));

        Assert.True(blocked.BlockedByRobots);
        Assert.Equal("robots.txt disallows /private/x", blocked.Error);
        Assert.Equal(0, blocked.Attempts);
        Assert.True(allowed.IsSuccess, allowed.Error);
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery.StartsWith("/private", StringComparison.Ordinal));
        Assert.Single(server.Requests, r => r.PathAndQuery == "/robots.txt");
    }

    [Fact]
    public async Task Checks_every_redirect_hop_against_robots()
    {
        await using var server = await SiteWithRobots("User-agent: Bulletin\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
        using var host = FetchHost.Create("RespectRobots=true");

        var result = await host.FetchAsync(server.Url("/public/moved"));

        Assert.True(result.BlockedByRobots);
        Assert.Equal(server.Url("/private/landing"), result.FinalUrl);
        Assert.Equal(1, result.Attempts);
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery.StartsWith("/private", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task An_unavailable_robots_txt_allows_everything(int status)
    {
        await using var server = await SiteWithRobots("User-agent: *\nDisallow: /\n", status);
        using var host = FetchHost.Create("RespectRobots=true");

        var result = await host.FetchAsync(server.Url("/private/x"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/private/x");
    }

    [Fact]
    public async Task Crawl_delay_spaces_requests_even_when_our_minimum_is_zero()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                await context.Response.WriteAsync("User-agent: *\nCrawl-delay: 1\n");
                return;
            }

            await context.Response.WriteAsync("page");
        });
        using var host = FetchHost.Create(clock, "RespectRobots=true", "PerHostMinDelay=00:00:00", "AttemptTimeout=00:05:00");

        // On the fake clock the gap is exact: a kept Crawl-delay is a full second, none would be zero.
        await clock.RunAsync(Task.WhenAll(host.FetchAsync(server.Url("/1")), host.FetchAsync(server.Url("/2"))), TimeSpan.FromMilliseconds(50));

        var starts = host.Sent.Where(s => s.Url.AbsolutePath != "/robots.txt").Select(s => s.At).ToList();
        Assert.Equal(2, starts.Count);
        Assert.True(starts.Max() - starts.Min() >= TimeSpan.FromSeconds(1), $"the pages came {(starts.Max() - starts.Min()).TotalMilliseconds} ms apart");
    }
}
