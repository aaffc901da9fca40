using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bulletin.Tests.Fetching;

public sealed class FetcherRetryTests
{
    [Fact]
    public async Task Retries_503_until_the_server_recovers()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = 503;
                return;
            }

            await context.Response.WriteAsync("statement");
        });
        using var host = FetchHost.Create();

        var result = await host.FetchAsync(server.Url("/news"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(200, result.Status);
        Assert.Equal("statement", System.Text.Encoding.UTF8.GetString(result.Body));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Waits_for_Retry_After_on_429()
    {
        var clock = new FakeTimeProvider();
        var starts = new List<DateTimeOffset>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            lock (starts)
            {
                starts.Add(clock.GetUtcNow());
            }

            if (starts.Count == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await context.Response.WriteAsync("ok");
        });
        using var host = FetchHost.Create(clock, "AttemptTimeout=00:05:00");

        var result = await clock.RunAsync(host.FetchAsync(server.Url("/busy")), TimeSpan.FromMilliseconds(50));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Attempts);
        Assert.True(starts[1] - starts[0] >= TimeSpan.FromSeconds(1), $"retried {(starts[1] - starts[0]).TotalMilliseconds} ms after the 429, before Retry-After elapsed");
        Assert.True(result.Duration >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Treats_a_Retry_After_beyond_the_limit_as_failure()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create("MaxRetryAfter=00:01:00");

        var result = await host.FetchAsync(server.Url("/down"));

        Assert.Equal("HTTP 503 Service Unavailable; Retry-After 3600 s exceeds the 60 s limit", result.Error);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_stalled_attempt_times_out_and_the_retry_succeeds()
    {
        var clock = new FakeTimeProvider();
        using var stalled = new SemaphoreSlim(0);
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await StallAsync(stalled, context);
                return;
            }

            await context.Response.WriteAsync("late but fine");
        });
        using var host = FetchHost.Create(clock, "AttemptTimeout=00:00:01", "RetryBaseDelay=00:00:00");

        var fetch = host.FetchAsync(server.Url("/slow"));
        Assert.True(await stalled.WaitAsync(TimeSpan.FromSeconds(30)), "the first attempt never reached the server");
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await fetch;

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Duration);
    }

    [Fact]
    public async Task Reports_a_timeout_with_the_attempts_spent()
    {
        var clock = new FakeTimeProvider();
        using var stalled = new SemaphoreSlim(0);
        await using var server = await LoopbackServer.StartAsync(context => StallAsync(stalled, context));
        using var host = FetchHost.Create(clock, "AttemptTimeout=00:00:01", "MaxRetries=1", "RetryBaseDelay=00:00:00");

        var fetch = host.FetchAsync(server.Url("/never"));
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.True(await stalled.WaitAsync(TimeSpan.FromSeconds(30)), $"attempt {attempt} never reached the server");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var result = await fetch;

        Assert.Equal("timed out after 1 s (2 attempts)", result.Error);
        Assert.Null(result.Status);
        Assert.Empty(result.Body);
    }

    /// <summary>Tells the test a request has arrived, then answers nothing until the client gives up on it.</summary>
    private static async Task StallAsync(SemaphoreSlim stalled, HttpContext context)
    {
        stalled.Release();
        await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [Fact]
    public async Task A_404_is_reported_without_retrying()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create();

        var result = await host.FetchAsync(server.Url("/gone"));

        Assert.False(result.IsSuccess);
        Assert.Equal("HTTP 404 Not Found", result.Error);
        Assert.Equal(404, result.Status);
        Assert.Equal(1, result.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error_after_retries()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var host = FetchHost.Create("MaxRetries=2");

        var result = await host.FetchAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.StartsWith("network error: ", result.Error);
        Assert.EndsWith("(3 attempts)", result.Error);
        Assert.Equal(3, result.Attempts);
    }

    [Fact]
    public async Task Opens_the_circuit_for_a_failing_host()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create("MaxRetries=1", "BreakerMinimumThroughput=2", "BreakerFailureRatio=0.5", "MaxCircuitWait=00:00:00");

        var first = await host.FetchAsync(server.Url("/a"));
        var second = await host.FetchAsync(server.Url("/b"));

        Assert.Equal("HTTP 500 Internal Server Error (2 attempts)", first.Error);
        Assert.Equal($"circuit open for {server.BaseUri.GetLeftPart(UriPartial.Authority)}: it failed repeatedly", second.Error);
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery == "/b");
    }

    [Fact]
    public async Task Cancellation_throws_instead_of_returning_an_error()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
            Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        using var host = FetchHost.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Fetcher.FetchAsync(new Bulletin.Core.Fetching.FetchRequest(server.Url("/wait")), cancel.Token));
    }
}
