using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Collection;
using Bulletin.Core.Collection.Health;
using Bulletin.Core.Fetching;
using Bulletin.Core.Rendering;
using Bulletin.Core.Sources.Readers;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bulletin.Core;

/// <summary>The one registration of Bulletin's pipeline, used by the service, the command line and the tests.</summary>
public static class BulletinServiceCollectionExtensions
{
    public static IServiceCollection AddBulletin(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BulletinOptions>().Bind(configuration.GetSection(BulletinOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BulletinOptions>, BulletinOptionsValidator>();
        services.AddOptions<AttributionOptions>().Bind(configuration.GetSection(AttributionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddBulletinFetching(configuration);
        services.AddBulletinRendering(configuration);

        services.AddSingleton(sp => Store.OpenAsync(ContentPaths.Resolve(sp.GetRequiredService<IOptions<BulletinOptions>>().Value.DatabasePath, mustExist: false), CancellationToken.None).GetAwaiter().GetResult());
        services.AddSingleton(sp => IssuerDirectory.Load(ContentPaths.Resolve(sp.GetRequiredService<IOptions<AttributionOptions>>().Value.IssuersPath)));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AttributionOptions>>().Value);
        services.AddSingleton<IssuerAttributor>();
        services.AddSingleton<CachedFetcher>();
        services.AddSingleton<ISourceReader, FeedSourceReader>();
        services.AddSingleton<ISourceReader, ListingSourceReader>();
        services.AddSingleton<ISourceReader, WordPressSourceReader>();
        services.AddSingleton<ISourceReader, SitemapSourceReader>();
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SourceHealth>();
        services.AddSingleton<ItemCollector>();
        services.AddSingleton<CollectionRun>();
        services.AddSingleton<DraftRun>();
        return services;
    }
}
