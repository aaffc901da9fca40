using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Tests.Storage;

public sealed class ItemStoreTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Upserting_twice_stores_once_keeps_first_seen_and_updates_fields()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var first = Samples.Item("example.org/a", Samples.Monday.AddHours(10), Samples.Monday.AddDays(1));
        var again = first with
        {
            Title = "Statement on continued airstrikes",
            Kind = Kind.Report,
            Summary = "Updated summary",
            TranslationKey = "example.org/my/a",
            FirstSeen = Samples.Monday.AddDays(3),
            LastSeen = Samples.Monday.AddDays(3),
        };

        Assert.True(await store.UpsertItemAsync(first, CancellationToken.None));
        Assert.False(await store.UpsertItemAsync(again, CancellationToken.None));

        Assert.Equal(1, await store.CountItemsAsync(CancellationToken.None));
        var stored = await store.FindItemAsync("example.org/a", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("Statement on continued airstrikes", stored.Title);
        Assert.Equal(Kind.Report, stored.Kind);
        Assert.Equal("example.org/my/a", stored.TranslationKey);
        Assert.Equal(first.FirstSeen, stored.FirstSeen);
        Assert.Equal(again.LastSeen, stored.LastSeen);
    }

    [Fact]
    public async Task Data_survives_reopen_with_instants_and_their_offsets_intact()
    {
        var item = Samples.Item("example.org/b", new DateTimeOffset(2025, 5, 22, 15, 0, 0, TimeSpan.FromHours(6.5)), Samples.Monday);
        await using (var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None))
        {
            await store.UpsertItemAsync(item, CancellationToken.None);
        }

        await using var reopened = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var stored = await reopened.FindItemAsync("example.org/b", CancellationToken.None);
        Assert.Equal(item, stored! with { IssuerCandidates = item.IssuerCandidates });
        Assert.Equal(item.IssuerCandidates, stored.IssuerCandidates);
        Assert.Equal(TimeSpan.FromHours(6.5), stored.Published.Offset);
        Assert.Equal(TimeSpan.Zero, stored.FirstSeen.Offset);
        Assert.Null(await reopened.FindItemAsync("example.org/missing", CancellationToken.None));
    }

    [Fact]
    public async Task Published_between_includes_start_and_excludes_end_across_offsets()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var start = Samples.Monday; // 2025-05-18T17:30Z
        var end = start.AddDays(7);
        await store.UpsertItemAsync(Samples.Item("at-start", start, start), CancellationToken.None);
        await store.UpsertItemAsync(Samples.Item("just-before", start.AddTicks(-1), start), CancellationToken.None);
        await store.UpsertItemAsync(Samples.Item("inside-utc", new DateTimeOffset(2025, 5, 20, 3, 0, 0, TimeSpan.Zero), start), CancellationToken.None);
        await store.UpsertItemAsync(Samples.Item("at-end", end, start), CancellationToken.None);

        // 2025-05-18T18:00Z written with a western offset: inside, though its local date is the 18th.
        await store.UpsertItemAsync(Samples.Item("inside-west", new DateTimeOffset(2025, 5, 18, 14, 0, 0, TimeSpan.FromHours(-4)), start), CancellationToken.None);

        var keys = (await store.ItemsPublishedBetweenAsync(start, end, CancellationToken.None)).Select(i => i.Key);

        Assert.Equal(["at-start", "inside-west", "inside-utc"], keys);
    }

    [Fact]
    public async Task Concurrent_upserts_from_one_store_all_land()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var tasks = Enumerable.Range(0, 40)
            .Select(i => store.UpsertItemAsync(Samples.Item($"k{i % 20}", Samples.Monday, Samples.Monday), CancellationToken.None));

        var results = await Task.WhenAll(tasks);

        Assert.Equal(20, results.Count(isNew => isNew));
        Assert.Equal(20, await store.CountItemsAsync(CancellationToken.None));
    }
}
