using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bulletin.Tests.Fetching;

public sealed class HostGateTests
{
    // Waits run on a fake clock, read where requests leave the client: the spacing is checked exactly and nothing waits in real time.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Spaces_request_starts_to_one_host()
    {
        var clock = new FakeTimeProvider();
        await using var server = await StatusServerAsync(_ => 200);
        using var host = FetchHost.Create(clock, "PerHostMinDelay=00:00:00.300", "PerHostConcurrency=4", "AttemptTimeout=00:05:00");

        var results = await clock.RunAsync(Task.WhenAll(Enumerable.Range(1, 3).Select(i => host.FetchAsync(server.Url($"/p{i}")))), Step);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        var ordered = host.Sent.Select(s => s.At).Order().ToList();
        Assert.Equal(3, ordered.Count);
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i] - ordered[i - 1] >= TimeSpan.FromMilliseconds(300), $"start {i} came {(ordered[i] - ordered[i - 1]).TotalMilliseconds} ms after the one before");
        }
    }

    [Fact]
    public async Task Spaces_retries_too()
    {
        var clock = new FakeTimeProvider();
        await using var server = await StatusServerAsync(request => request == 1 ? 502 : 200);
        using var host = FetchHost.Create(clock, "PerHostMinDelay=00:00:00.300", "AttemptTimeout=00:05:00");

        var result = await clock.RunAsync(host.FetchAsync(server.Url("/flaky")), Step);

        Assert.True(result.IsSuccess, result.Error);
        var starts = host.Sent.Select(s => s.At).ToList();
        Assert.Equal(2, starts.Count);
        Assert.True(starts[1] - starts[0] >= TimeSpan.FromMilliseconds(300), $"the retry came {(starts[1] - starts[0]).TotalMilliseconds} ms after the first attempt");
    }

    /// <summary>A server that answers the status for each request's number (1-based).</summary>
    private static Task<LoopbackServer> StatusServerAsync(Func<int, int> status)
    {
        var count = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status(Interlocked.Increment(ref count));
            await context.Response.WriteAsync("ok");
        });
    }

    [Fact]
    public async Task Keeps_at_most_the_configured_requests_in_flight()
    {
        var inFlight = 0;
        var peak = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("ok");
        });
        using var host = FetchHost.Create("PerHostConcurrency=2");

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => host.FetchAsync(server.Url($"/p{i}"))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        Assert.Equal(2, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
