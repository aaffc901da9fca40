using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Collection;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Learning;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulletin.Tests.Collection;

/// <summary>Stored items follow a directory change without a fetch, and an editor's decision still wins.</summary>
public sealed class ReclassificationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Seen = new(2025, 5, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));
    private static readonly SourceDefinition Source = new() { Id = "un-country", Type = SourceType.Feed, Url = new Uri("https://country.example.org/rss.xml"), PublishesForOthers = true };

    private readonly string _folder = Directory.CreateTempSubdirectory("bulletin-reclassify-").FullName;
    private Store _store = null!;

    public async Task InitializeAsync() => _store = await Store.OpenAsync(Path.Combine(_folder, "bulletin.db"));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_directory_change_reattributes_stored_items_and_an_editors_decision_still_wins()
    {
        // The page names its agency only by an acronym badge, which a directory without that agency cannot read.
        var withoutAgency = IssuerDirectory.From(ShippedPipeline.Directory.All.Where(i => !i.Abbreviations.Contains("UNFPA")));
        var first = await StoreAsync(withoutAgency, "https://country.example.org/en/1-midwives", "Midwives keep mothers alive in displacement sites");
        var corrected = await StoreAsync(withoutAgency, "https://country.example.org/en/2-clinics", "Mobile clinics reach displaced women");
        Assert.NotEqual("United Nations Population Fund", first.Issuer);
        await _store.SaveDecisionAsync(new Decision(corrected.Key, DecisionFields.Issuer, "An Editor's Choice", "editor@example.org", Seen));

        var report = await Reclassifier(ShippedPipeline.Directory).RunAsync([Source], Week, CancellationToken.None);

        Assert.Equal(2, report.Changed);
        var after = await _store.FindItemAsync(first.Key);
        Assert.Equal("United Nations Population Fund", after!.Issuer);
        Assert.Contains("UNFPA", after.IssuerReason, StringComparison.Ordinal);

        // The item whose issuer an editor set is re-attributed underneath, but the draft shows the editor's choice.
        var decisions = await _store.CurrentDecisionsAsync([corrected.Key]);
        var entry = Entry.From((await _store.FindItemAsync(corrected.Key))!, decisions[corrected.Key]);
        Assert.Equal("An Editor's Choice", entry.Issuer);
        Assert.Equal(1, entry.IssuerConfidence);
    }

    [Fact]
    public async Task An_item_whose_source_left_the_sources_file_is_left_as_it_is()
    {
        var item = await StoreAsync(ShippedPipeline.Directory, "https://country.example.org/en/3-water", "Clean water for camps");

        var report = await Reclassifier(ShippedPipeline.Directory).RunAsync([], Week, CancellationToken.None);

        Assert.Equal(0, report.Changed);
        Assert.Equal(1, report.WithoutEvidence);
        Assert.Equal(item.Issuer, (await _store.FindItemAsync(item.Key))!.Issuer);
    }

    private async Task<StoredItem> StoreAsync(IssuerDirectory directory, string url, string title)
    {
        var uri = new Uri(url);
        var html = $"<html><head><meta property=\"og:site_name\" content=\"United Nations in Myanmar\"></head><body><article><h1>{title}</h1><div class=\"entity-badges\"><span class=\"entity-badge\">UNFPA</span></div><p>YANGON, 20 May 2025 – The agency warned that more than 500,000 pregnant women in the country need urgent care, and it supported 120 mobile clinics in the past year.</p></article></body></html>";
        var page = PageReader.Read(html, uri);
        var lead = new Lead { Url = uri, Title = title, Published = PublishedDate.Exact(Seen) };
        var evidence = new Evidence(Source, lead, page);
        var item = ItemCollector.Describe(evidence, Seen, ShippedPipeline.Classifier(directory).Classify(evidence), Seen);
        await _store.UpsertItemAsync(item, EvidenceJson.Write(lead, page));
        return item;
    }

    private Reclassification Reclassifier(IssuerDirectory directory) =>
        new(_store, ShippedPipeline.Classifier(directory), new SourceHabits(_store, new LearningOptions()), NullLogger<Reclassification>.Instance);
}
