using System.Collections.Concurrent;
using Bulletin.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Fetching;

/// <summary>A real service provider wired by AddBulletinFetching, with fast test defaults and per-test settings.</summary>
internal sealed class FetchHost : IDisposable
{
    private FetchHost(ServiceProvider services, ConcurrentQueue<(DateTimeOffset At, Uri Url)> sent)
    {
        Services = services;
        Sent = sent;
    }

    public ServiceProvider Services { get; }

    /// <summary>
    /// When each request left the client, past the host gate, on the host's clock: what the gate's
    /// spacing promises. (The server sees arrivals later by however long the network took.)
    /// </summary>
    public ConcurrentQueue<(DateTimeOffset At, Uri Url)> Sent { get; }

    public Fetcher Fetcher => Services.GetRequiredService<Fetcher>();

    /// <summary>Settings are "Name=value" pairs under Bulletin:Fetch, e.g. "MaxRetries=1".</summary>
    public static FetchHost Create(params string[] settings) => Create(null, settings);

    /// <summary>The same, every wait (host spacing, Retry-After, attempt timeout) on <paramref name="clock"/> when given.</summary>
    public static FetchHost Create(TimeProvider? clock, params string[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Bulletin:Fetch:RetryBaseDelay"] = "00:00:00.010",
            ["Bulletin:Fetch:PerHostMinDelay"] = "00:00:00",
            ["Bulletin:Fetch:RespectRobots"] = "false",
        };
        foreach (var setting in settings)
        {
            var (name, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            values["Bulletin:Fetch:" + name] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        var sent = new ConcurrentQueue<(DateTimeOffset, Uri)>();
        var time = clock ?? TimeProvider.System;
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new SendLog(time, sent)));
        services.AddBulletinFetching(configuration);
        return new FetchHost(services.BuildServiceProvider(validateScopes: true), sent);
    }

    public Task<FetchResult> FetchAsync(Uri url) => Fetcher.FetchAsync(new FetchRequest(url), CancellationToken.None);

    public void Dispose() => Services.Dispose();

    /// <summary>Notes the clock's time as each request is sent.</summary>
    private sealed class SendLog(TimeProvider clock, ConcurrentQueue<(DateTimeOffset, Uri)> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue((clock.GetUtcNow(), request.RequestUri!));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
