using Bulletin.Core.Learning;
using Bulletin.Core.Storage;
using Bulletin.Tests.Storage;

namespace Bulletin.Tests.Learning;

/// <summary>An editor's issuer correction proposes the names it teaches; accepted ones join the directory.</summary>
public sealed class CorrectionNameTests : IDisposable
{
    private readonly TempStoreFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_variant_of_a_known_body_on_the_item_is_proposed_as_its_alias_and_matches_once_accepted()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var directory = LearningSamples.Directory;
        var item = LearningSamples.Item("pv.example.org/kndf", "Karenni forces call for the release of teachers", "Progressive Voice",
            "default issuer of source 'pv-feed' ('Progressive Voice')", "A statement by the Karenni Nationalities Defense Forces on the detained teachers.");
        await store.UpsertItemAsync(item);
        Assert.Null(directory.Match("Karenni Nationalities Defense Forces"));

        var learned = await new EditorCorrections(store, directory).SaveAsync(
            new Decision(item.Key, DecisionFields.Issuer, "Karenni Nationalities Defense Force", "aye", LearningSamples.Tuesday));

        var proposal = Assert.Single(learned);
        Assert.Equal(("Karenni Nationalities Defense Forces", "Karenni Nationalities Defense Force", LearnedNameOrigin.Correction, LearnedNameStatus.Proposed),
            (proposal.Name, proposal.Issuer, proposal.Origin, proposal.Status));
        Assert.Equal("Karenni Nationalities Defense Force", (await store.CurrentDecisionsAsync([item.Key]))[item.Key].Single().Value);

        // Proposed is not enough: only an accepted name reaches the directory.
        Assert.Null(LearnedDirectory.Merge(directory, await store.LearnedNamesAsync(LearnedNameStatus.Accepted)).Match("Karenni Nationalities Defense Forces"));
        Assert.Equal(1, await store.JudgeLearnedNamesAsync("karenni nationalities defense forces", LearnedNameStatus.Accepted, LearningSamples.Tuesday));
        var merged = LearnedDirectory.Merge(directory, await store.LearnedNamesAsync(LearnedNameStatus.Accepted));
        Assert.Equal("Karenni Nationalities Defense Force", merged.Match("Karenni Nationalities Defense Forces")?.Name);
        Assert.Equal("Karenni Nationalities Defense Force", merged.FindIn("Yesterday the Karenni Nationalities Defense Forces said")?.Name);
    }

    [Fact]
    public async Task The_words_an_attribution_rests_on_are_read_from_its_quote_not_its_reason()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var quoted = LearningSamples.Item("pv.example.org/quoted", "Teachers must be released", "Progressive Voice", "feed author") with { IssuerQuote = "Karenni Nationalities Defense Forces" };
        var worded = LearningSamples.Item("pv.example.org/worded", "Teachers must be freed", "Progressive Voice", "feed author 'Karenni Nationalities Defense Forces'");
        await store.UpsertItemAsync(quoted);
        await store.UpsertItemAsync(worded);
        var corrections = new EditorCorrections(store, LearningSamples.Directory);

        // The reason is worded for editors: a name in its quotes is not read as evidence.
        var fromReason = await corrections.SaveAsync(new Decision(worded.Key, DecisionFields.Issuer, "Karenni Nationalities Defense Force", "aye", LearningSamples.Tuesday));
        var fromQuote = await corrections.SaveAsync(new Decision(quoted.Key, DecisionFields.Issuer, "Karenni Nationalities Defense Force", "aye", LearningSamples.Tuesday));

        Assert.DoesNotContain(fromReason, p => p.Name == "Karenni Nationalities Defense Forces");
        Assert.Equal("Karenni Nationalities Defense Forces", Assert.Single(fromQuote).Name);
        Assert.Equal("Karenni Nationalities Defense Forces", (await store.FindItemAsync(quoted.Key))!.IssuerQuote);
    }

    [Fact]
    public async Task A_body_the_directory_lacks_is_proposed_with_its_acronym()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var directory = LearningSamples.Directory;
        var item = LearningSamples.Item("pv.example.org/mtu", "Teachers detained in Mandalay", "Progressive Voice", "site owner of pv.example.org");
        await store.UpsertItemAsync(item);

        var learned = await new EditorCorrections(store, directory).SaveAsync(
            new Decision(item.Key, DecisionFields.Issuer, "Mandalay Teachers Union", "mya", LearningSamples.Tuesday),
            pageText: "Posted by MTU on 20 May. The union demands the release of its members.");

        Assert.Equal([("Mandalay Teachers Union", "Mandalay Teachers Union"), ("MTU", "Mandalay Teachers Union")], learned.Select(l => (l.Name, l.Issuer)));
        await store.JudgeLearnedNamesAsync(null, LearnedNameStatus.Accepted, LearningSamples.Tuesday);
        var merged = LearnedDirectory.Merge(directory, await store.LearnedNamesAsync(LearnedNameStatus.Accepted));
        Assert.Equal("Mandalay Teachers Union", merged.Match("MTU")?.Name);
        Assert.Equal("Mandalay Teachers Union", merged.Match("The Mandalay Teachers' Union")?.Name);
    }

    [Fact]
    public async Task Confirming_the_attributed_issuer_or_correcting_another_field_teaches_nothing()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var item = LearningSamples.Item("pv.example.org/same", "Statement", "Progressive Voice", "source default", "By the Mandalay Teachers Union");
        await store.UpsertItemAsync(item);
        var corrections = new EditorCorrections(store, LearningSamples.Directory);

        Assert.Empty(await corrections.SaveAsync(new Decision(item.Key, DecisionFields.Issuer, "Progressive Voice", "aye", LearningSamples.Tuesday)));
        Assert.Empty(await corrections.SaveAsync(new Decision(item.Key, DecisionFields.Title, "Mandalay Teachers Union", "aye", LearningSamples.Tuesday)));
        Assert.Empty(await store.LearnedNamesAsync());
    }

    [Fact]
    public async Task A_rejected_name_stays_rejected_when_proposed_again()
    {
        await using var store = await Store.OpenAsync(temp.DatabasePath);
        var name = new LearnedName("MTU", "Mandalay Teachers Union", LearnedNameOrigin.Import, "bulletin a", LearnedNameStatus.Proposed, LearningSamples.Tuesday);
        Assert.True(await store.SaveLearnedNameAsync(name));
        Assert.False(await store.SaveLearnedNameAsync(name with { Evidence = "bulletin b" }));
        Assert.Equal(1, await store.JudgeLearnedNamesAsync("mtu", LearnedNameStatus.Rejected, LearningSamples.Tuesday));

        Assert.False(await store.SaveLearnedNameAsync(name with { Status = LearnedNameStatus.Accepted }));

        var stored = Assert.Single(await store.LearnedNamesAsync());
        Assert.Equal((LearnedNameStatus.Rejected, "bulletin a"), (stored.Status, stored.Evidence));
    }
}
