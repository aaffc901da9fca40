using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Classification.Naming;
using Bulletin.Core.Collection;
using Bulletin.Core.Collection.Health;
using Bulletin.Core.Fetching;
using Bulletin.Core.Learning;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Collection.Readers;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
        services.AddSingleton(LoadDirectory);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AttributionOptions>>().Value);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AttributionOptions>>().Value;
            return NamingData.Load(ContentPaths.Resolve(options.PlacesPath), ContentPaths.Resolve(options.TermsPath));
        });
        services.AddSingleton<IssuerAttributor>();
        services.AddSingleton<ItemClassifier>();
        services.AddSingleton<CachedFetcher>();
        services.AddSingleton<ISourceReader, FeedSourceReader>();
        services.AddSingleton<ISourceReader, ListingSourceReader>();
        services.AddSingleton<ISourceReader, WordPressSourceReader>();
        services.AddSingleton<ISourceReader, SitemapSourceReader>();
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SourceHealth>();
        services.AddSingleton<ItemCollector>();
        services.AddOptions<LearningOptions>().Bind(configuration.GetSection(LearningOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LearningOptions>>().Value);
        services.AddSingleton<SourceHabits>();
        services.AddSingleton<EditorCorrections>();
        services.AddSingleton<BulletinImporter>();
        services.AddSingleton<Reclassification>();
        services.AddSingleton<CollectionRun>();
        services.AddSingleton<DraftAssembler>();
        services.AddSingleton<DraftRun>();
        return services;
    }

    /// <summary>
    /// The seeds file plus the names editors accepted. Without a database yet nothing has been learned, and
    /// none is created just to find that out (<c>inspect</c> needs the directory but no store).
    /// </summary>
    private static IssuerDirectory LoadDirectory(IServiceProvider sp)
    {
        var directory = IssuerDirectory.Load(ContentPaths.Resolve(sp.GetRequiredService<IOptions<AttributionOptions>>().Value.IssuersPath));
        var database = ContentPaths.Resolve(sp.GetRequiredService<IOptions<BulletinOptions>>().Value.DatabasePath, mustExist: false);
        if (!File.Exists(database))
        {
            return directory;
        }

        var accepted = sp.GetRequiredService<Store>().LearnedNamesAsync(LearnedNameStatus.Accepted).GetAwaiter().GetResult();
        var skipped = new List<string>();
        directory = LearnedDirectory.Merge(directory, accepted, skipped);
        var logger = sp.GetService<ILoggerFactory>()?.CreateLogger("Bulletin.Learning");
        foreach (var problem in skipped)
        {
            logger?.LogWarning("Learned name left out of the directory: {problem}", problem);
        }

        return directory;
    }
}
