using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Core.Review;

/// <summary>Registers the review stage on top of <see cref="BulletinServiceCollectionExtensions.AddBulletin"/>.</summary>
public static class ReviewServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DraftReview"/> and its guarded fetch client; <paramref name="allowPrivateAddresses"/> lifts the address guard.</summary>
    public static IServiceCollection AddBulletinReview(this IServiceCollection services, Func<IServiceProvider, bool> allowPrivateAddresses)
    {
        services.AddSingleton(sp => new AddressGuard(allowPrivateAddresses(sp)));
        services.AddHttpClient(EditorAdditions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                UseCookies = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<AddressGuard>().ConnectAsync,
            });
        services.AddSingleton<EditorAdditions>();
        services.AddSingleton<DraftReview>();
        return services;
    }
}
