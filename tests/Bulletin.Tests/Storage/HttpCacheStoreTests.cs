using Bulletin.Core.Storage;

namespace Bulletin.Tests.Storage;

public sealed class HttpCacheStoreTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Cached_bytes_and_validators_round_trip_and_replace()
    {
        byte[] body = [0x00, 0xFF, 0x1F, 0x8B, .. "ထုတ်ပြန်ချက်"u8.ToArray()];
        var response = new CachedResponse
        {
            Url = "https://example.org/feed",
            FinalUrl = "https://www.example.org/feed/",
            ETag = "\"abc123\"",
            LastModified = new DateTimeOffset(2025, 5, 22, 9, 0, 0, TimeSpan.Zero),
            ContentType = "application/rss+xml; charset=UTF-8",
            Body = body,
            FetchedAt = Samples.Monday,
        };
        await using (var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None))
        {
            Assert.Null(await store.GetCachedAsync(response.Url, CancellationToken.None));
            await store.SaveCachedAsync(response, CancellationToken.None);
        }

        await using var reopened = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var cached = await reopened.GetCachedAsync(response.Url, CancellationToken.None);
        Assert.NotNull(cached);
        Assert.Equal(body, cached.Body);
        Assert.Equal(response with { Body = cached.Body }, cached);

        await reopened.SaveCachedAsync(response with { ETag = null, LastModified = null, Body = [1, 2, 3] }, CancellationToken.None);
        var replaced = await reopened.GetCachedAsync(response.Url, CancellationToken.None);
        Assert.Equal([1, 2, 3], replaced!.Body);
        Assert.Null(replaced.ETag);
        Assert.Null(replaced.LastModified);
    }
}
