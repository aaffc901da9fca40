using Bulletin.Core.Fetching;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Collection.Readers;

/// <summary>
/// Fetches feeds, listings and APIs with the validators of the last answer, so an unchanged source
/// costs a 304; the stored body then stands in for the one the server did not resend.
/// </summary>
public sealed class CachedFetcher(Fetcher fetcher, Store store, TimeProvider clock)
{
    /// <summary>Fetches <paramref name="url"/>, a document of the source at <paramref name="origin"/> (whose address decides what it may reach).</summary>
    public async Task<FetchResult> FetchAsync(Uri url, Uri origin, CancellationToken ct)
    {
        var cached = await store.GetCachedAsync(url.AbsoluteUri, ct);
        var request = new FetchRequest(url) { ETag = cached?.ETag, LastModified = cached?.LastModified, Origin = origin };
        var result = await fetcher.FetchAsync(request, ct);
        if (result.NotModified && cached is not null)
        {
            return result with { Body = cached.Body, ContentType = cached.ContentType, FinalUrl = new Uri(cached.FinalUrl) };
        }

        if (result.IsSuccess && (result.ETag is not null || result.LastModified is not null))
        {
            await store.SaveCachedAsync(new CachedResponse
            {
                Url = url.AbsoluteUri,
                FinalUrl = result.FinalUrl.AbsoluteUri,
                ETag = result.ETag,
                LastModified = result.LastModified,
                ContentType = result.ContentType,
                Body = result.Body,
                FetchedAt = clock.GetUtcNow(),
            }, ct);
        }

        return result;
    }
}
