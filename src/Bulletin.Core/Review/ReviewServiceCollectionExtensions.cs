using Bulletin.Core.Collection;
using Bulletin.Core.Fetching;
using Bulletin.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulletin.Core.Review;

/// <summary>Registers the review stage on top of <see cref="BulletinServiceCollectionExtensions.AddBulletin"/>.</summary>
public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DraftReview"/>; editors' URLs go through the collection's guarded fetch, and
    /// <paramref name="allowPrivateAddresses"/> lets them start on a special-purpose address.
    /// </summary>
    public static IServiceCollection AddBulletinReview(this IServiceCollection services, Func<IServiceProvider, bool> allowPrivateAddresses)
    {
        services.AddSingleton(sp => new EditorAdditions(
            sp.GetRequiredService<ItemCollector>(),
            sp.GetRequiredService<AddressGuard>(),
            sp.GetRequiredService<Store>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<EditorAdditions>>(),
            allowPrivateAddresses(sp)));
        services.AddSingleton<DraftReview>();
        return services;
    }
}
