using Bulletin.Core.Collection;
using Bulletin.Core.Learning;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Learning;

/// <summary>Editors' repeated corrections for one source's items carry over to its new items, through the real pipeline.</summary>
public sealed class SourceHabitTests
{
    [Fact]
    public async Task Two_agreeing_corrections_credit_the_next_item_until_an_editor_disagrees()
    {
        await using var pipeline = TestPipeline.Create();
        var collector = pipeline.Get<ItemCollector>();
        var corrections = pipeline.Get<EditorCorrections>();
        var source = LearningSamples.Source();
        var run = new RunState();

        async Task<StoredItem> Collect(string slug, string title, int hour)
        {
            var outcome = await collector.CollectAsync(source, LearningSamples.Lead(slug, title, hour), LearningSamples.Week, run, CancellationToken.None);
            return outcome.Item ?? throw new InvalidOperationException(outcome.Reason);
        }

        Task Correct(StoredItem item, string issuer, int minutes) => corrections.SaveAsync(
            new Decision(item.Key, DecisionFields.Issuer, issuer, "aye", LearningSamples.Tuesday.AddMinutes(minutes)));

        var first = await Collect("one", "Airstrikes on schools in Sagaing", 8);
        Assert.Equal("Progressive Voice", first.Issuer);
        await Correct(first, "Karen Human Rights Group", 1);
        var second = await Collect("two", "Fuel shipments to the junta", 9);
        Assert.Equal("Progressive Voice", second.Issuer);
        await Correct(second, "Karen Human Rights Group", 2);

        var third = await Collect("three", "Displacement in Karen State", 10);
        Assert.Equal("Karen Human Rights Group", third.Issuer);
        Assert.Equal("editors credited 2 earlier items of source 'pv-feed' to Karen Human Rights Group", third.IssuerReason);

        // What the item itself says still outranks the habit.
        var titled = await Collect("four", "Statement by the National Unity Government on the airstrikes", 11);
        Assert.Equal("National Unity Government", titled.Issuer);

        await Correct(third, "Progressive Voice", 3);
        var fifth = await Collect("five", "Arrests of teachers in Mandalay", 12);
        Assert.Equal("Progressive Voice", fifth.Issuer);
        Assert.DoesNotContain("editors credited", fifth.IssuerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_aggregator_learns_no_habit()
    {
        await using var pipeline = TestPipeline.Create();
        var store = pipeline.Get<Store>();
        var source = LearningSamples.Source(publishesForOthers: true);
        foreach (var key in new[] { "a.example.org/1", "a.example.org/2", "a.example.org/3" })
        {
            await store.UpsertItemAsync(LearningSamples.Item(key, "Title " + key, "Progressive Voice", "source default") with { SourceId = source.Id });
            await store.SaveDecisionAsync(new Decision(key, DecisionFields.Issuer, "Karen Human Rights Group", "aye", LearningSamples.Tuesday));
        }

        Assert.Null(await pipeline.Get<SourceHabits>().IssuerForAsync(source, CancellationToken.None));
        Assert.NotNull(await pipeline.Get<SourceHabits>().IssuerForAsync(source with { PublishesForOthers = false }, CancellationToken.None));
    }

    [Fact]
    public void A_single_correction_or_a_broken_run_is_no_habit()
    {
        Decision D(string value, int minutes) => new("k" + minutes, DecisionFields.Issuer, value, "aye", LearningSamples.Tuesday.AddMinutes(minutes));

        Assert.Null(SourceHabits.Habit("s", [D("A", 3)], 2));
        Assert.Null(SourceHabits.Habit("s", [D("A", 3), D("B", 2), D("A", 1)], 2));
        Assert.Equal("A", SourceHabits.Habit("s", [D("A", 3), D("the a", 2), D("B", 1)], 2)?.Value);
    }
}
