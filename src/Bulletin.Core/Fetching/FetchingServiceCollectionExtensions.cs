using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Fetching;

/// <summary>Registers the fetching stage: options, the fetch HttpClient, robots.txt policy, host gate and fetcher.</summary>
public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddBulletinFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(Fetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Redirects are followed by Fetcher so it can cap them, check robots.txt per hop and report the final URL.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                UseCookies = false,
            });

        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<RobotsPolicy>();
        services.TryAddSingleton<Fetcher>();
        return services;
    }
}
