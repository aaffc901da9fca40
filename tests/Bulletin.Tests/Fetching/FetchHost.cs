using Bulletin.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Fetching;

/// <summary>A real service provider wired by AddBulletinFetching, with fast test defaults and per-test settings.</summary>
internal sealed class FetchHost : IDisposable
{
    private FetchHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public Fetcher Fetcher => Services.GetRequiredService<Fetcher>();

    /// <summary>Settings are "Name=value" pairs under Bulletin:Fetch, e.g. "MaxRetries=1".</summary>
    public static FetchHost Create(params string[] settings)
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
        var services = new ServiceCollection().AddLogging().AddBulletinFetching(configuration);
        return new FetchHost(services.BuildServiceProvider(validateScopes: true));
    }

    public Task<FetchResult> FetchAsync(Uri url) => Fetcher.FetchAsync(new FetchRequest(url), CancellationToken.None);

    public void Dispose() => Services.Dispose();
}
