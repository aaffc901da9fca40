using Bulletin.Tests.Support;

namespace Bulletin.Tests.Fetching;

/// <summary>Fetch failures that no retry can cure are said once, in words that name the cause.</summary>
public sealed class FetcherRefusalTests
{
    [Fact]
    public async Task A_refused_redirect_is_said_once_and_not_retried()
    {
        await using var site = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "http://10.0.0.1/admin/";
            return Task.CompletedTask;
        });
        using var host = FetchHost.Create("AttemptTimeout=00:00:01", "MaxRetries=3");

        var result = await host.FetchAsync(site.Url("/moved"));

        Assert.False(result.IsSuccess);
        Assert.Equal(2, result.Attempts);
        Assert.StartsWith("refused to connect to 10.0.0.1: 10.0.0.1 is a private address", result.Error, StringComparison.Ordinal);
        Assert.Contains("Bulletin:Fetch:AllowPrivateAddresses", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_says_so()
    {
        using var host = FetchHost.Create("MaxRetries=1");

        var result = await host.FetchAsync(new Uri("http://no-such-host.invalid/feed.xml"));

        Assert.False(result.IsSuccess);
        Assert.StartsWith("could not resolve host no-such-host.invalid", result.Error, StringComparison.Ordinal);
    }
}
