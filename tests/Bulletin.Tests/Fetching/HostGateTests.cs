using System.Diagnostics;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Fetching;

public sealed class HostGateTests
{
    [Fact]
    public async Task Spaces_request_starts_to_one_host()
    {
        var starts = new List<long>();
        await using var server = await TimedServerAsync(starts, _ => 200);
        using var host = FetchHost.Create("PerHostMinDelay=00:00:00.300", "PerHostConcurrency=4");

        await WarmUpAsync(host, server);

        var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => host.FetchAsync(server.Url($"/p{i}"))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        var ordered = starts.Order().ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(Stopwatch.GetElapsedTime(ordered[i - 1], ordered[i]) >= TimeSpan.FromMilliseconds(250), $"start {i} came too soon");
        }
    }

    [Fact]
    public async Task Spaces_retries_too()
    {
        var starts = new List<long>();
        await using var server = await TimedServerAsync(starts, request => request == 1 ? 502 : 200);
        using var host = FetchHost.Create("PerHostMinDelay=00:00:00.300");

        await WarmUpAsync(host, server);

        var result = await host.FetchAsync(server.Url("/flaky"));

        Assert.True(result.IsSuccess, result.Error);
        // Measured where the server sees requests arrive, which can shave a little off the client's gap.
        Assert.True(Stopwatch.GetElapsedTime(starts[0], starts[1]) >= TimeSpan.FromMilliseconds(200));
    }

    /// <summary>A server that notes when each request (warm-up aside) arrives and answers the status for its number (1-based).</summary>
    private static Task<LoopbackServer> TimedServerAsync(List<long> starts, Func<int, int> status) =>
        LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/warm")
            {
                return;
            }

            int number;
            lock (starts)
            {
                starts.Add(Stopwatch.GetTimestamp());
                number = starts.Count;
            }

            context.Response.StatusCode = status(number);
            await context.Response.WriteAsync("ok");
        });

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

    // The first connection is slow to open, which would shift the first measured start and shrink the gap after it.
    private static Task WarmUpAsync(FetchHost host, LoopbackServer server) => host.FetchAsync(server.Url("/warm"));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
