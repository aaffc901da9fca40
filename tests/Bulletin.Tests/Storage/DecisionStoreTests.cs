using Bulletin.Core.Storage;

namespace Bulletin.Tests.Storage;

public sealed class DecisionStoreTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Decisions_survive_item_reupsert_and_latest_wins()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        var item = Samples.Item("example.org/a", Samples.Monday, Samples.Monday);
        await store.UpsertItemAsync(item, CancellationToken.None);
        var at = Samples.Monday.AddDays(2);
        await store.SaveDecisionAsync(new Decision("example.org/a", DecisionFields.Title, "Edited once", "aye", at), CancellationToken.None);
        await store.SaveDecisionAsync(new Decision("example.org/a", DecisionFields.Title, "Edited twice", "mya", at.AddMinutes(5)), CancellationToken.None);
        await store.SaveDecisionAsync(new Decision("example.org/a", DecisionFields.Included, "false", "aye", at), CancellationToken.None);

        // An older decision saved late (a stale editor tab) does not beat a newer one.
        await store.SaveDecisionAsync(new Decision("example.org/a", DecisionFields.Title, "Stale", "aye", at.AddMinutes(1)), CancellationToken.None);
        await store.UpsertItemAsync(item with { Title = "Collected again", LastSeen = at.AddDays(1) }, CancellationToken.None);

        var current = await store.CurrentDecisionsAsync(["example.org/a", "example.org/none"], CancellationToken.None);

        Assert.False(current.ContainsKey("example.org/none"));
        var decisions = current["example.org/a"];
        Assert.Equal(2, decisions.Count);
        Assert.Equal("false", decisions.Single(d => d.Field == DecisionFields.Included).Value);
        var title = decisions.Single(d => d.Field == DecisionFields.Title);
        Assert.Equal(("Edited twice", "mya"), (title.Value, title.Editor));
        Assert.Equal(4, (await store.DecisionHistoryAsync("example.org/a", CancellationToken.None)).Count);
        Assert.Equal("Collected again", (await store.FindItemAsync("example.org/a", CancellationToken.None))!.Title);
    }

    [Fact]
    public async Task Equal_times_resolve_to_the_one_saved_last()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);
        await store.SaveDecisionAsync(new Decision("k", DecisionFields.Section, "Reports", "aye", Samples.Monday), CancellationToken.None);
        await store.SaveDecisionAsync(new Decision("k", DecisionFields.Section, "Statements", "aye", Samples.Monday), CancellationToken.None);

        var current = await store.CurrentDecisionsAsync(["k"], CancellationToken.None);

        Assert.Equal("Statements", current["k"].Single().Value);
    }

    [Fact]
    public async Task Unknown_field_is_refused()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveDecisionAsync(new Decision("k", "colour", "red", "aye", Samples.Monday), CancellationToken.None));
    }
}
