using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Fetching;

/// <summary>Registers the fetching stage: options, the guarded fetch HttpClients, robots.txt policy, host gate and fetcher.</summary>
public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddBulletinFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AddressGuard(sp.GetRequiredService<IOptions<FetchOptions>>().Value.AllowPrivateAddresses, sp.GetRequiredService<TimeProvider>()));

        // One client per kind of address a fetch may reach, each with its own connection pool: a
        // connection opened for a loopback source is never reused by a fetch that started on the web.
        foreach (var reach in Enum.GetValues<AddressKind>())
        {
            services.AddHttpClient(FetchClients.Name(reach), client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
                {
                    // Redirects are followed by Fetcher so it can cap them, check robots.txt per hop and report the final URL.
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                    UseCookies = false,
                    // A proxy would make the connection, and the guard would see only the proxy's address.
                    UseProxy = false,
                    ConnectCallback = sp.GetRequiredService<AddressGuard>().ConnectFor(reach),
                });
        }

        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<RobotsPolicy>();
        services.TryAddSingleton<Fetcher>();
        return services;
    }
}
