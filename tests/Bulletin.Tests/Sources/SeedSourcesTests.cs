using System.Text.RegularExpressions;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Sources;

/// <summary>The shipped source list is usable as it stands: broad, attributable and honest about what is unconfirmed.</summary>
public sealed class SeedSourcesTests
{
    private static readonly IReadOnlyList<SourceDefinition> Sources = SourcesFile.Load(Path.Combine(RepositoryRoot.Path, "seeds", "sources.json"));

    private static readonly IssuerDirectory Issuers = IssuerDirectory.Load(Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"));

    [Fact]
    public void The_list_covers_the_field_and_most_of_it_is_switched_on()
    {
        Assert.True(Sources.Count >= 50, $"only {Sources.Count} sources");
        Assert.True(Sources.Count(s => s.Enabled) >= 40, $"only {Sources.Count(s => s.Enabled)} enabled sources");
    }

    [Fact]
    public void Ids_are_unique_and_plain()
    {
        Assert.Equal(Sources.Count, Sources.Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Sources, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s.Id));
    }

    [Fact]
    public void Every_default_issuer_is_a_canonical_name_in_the_directory()
    {
        var unknown = Sources.Where(s => s.Issuer is not null && Issuers.Named(s.Issuer) is null).Select(s => $"{s.Id}: {s.Issuer}").ToList();

        Assert.True(unknown.Count == 0, "issuers not in seeds/issuers.json: " + string.Join("; ", unknown));
    }

    [Fact]
    public void Only_aggregators_go_without_a_default_issuer()
    {
        Assert.All(Sources.Where(s => s.Issuer is null), s => Assert.True(s.PublishesForOthers, $"{s.Id} has no issuer but does not publish for others"));
    }

    [Fact]
    public void Every_listing_has_item_link_and_title_selectors()
    {
        var listings = Sources.Where(s => s.Type == SourceType.Html).ToList();

        Assert.NotEmpty(listings);
        Assert.All(listings, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Selectors?.Item), $"{s.Id} has no item selector");
            Assert.False(string.IsNullOrWhiteSpace(s.Selectors?.Link), $"{s.Id} has no link selector");
            Assert.False(string.IsNullOrWhiteSpace(s.Selectors?.Title), $"{s.Id} has no title selector");
        });
    }

    [Fact]
    public void Every_source_says_how_far_its_structure_is_confirmed()
    {
        Assert.All(Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Note), $"{s.Id} has no note"));
    }

    [Fact]
    public void Sites_are_fetched_over_https()
    {
        Assert.All(Sources, s => Assert.Equal(Uri.UriSchemeHttps, s.Url.Scheme));
    }

    [Theory]
    [InlineData("hrw", "https://www.hrw.org/news/2025/05/20/myanmar-junta-airstrikes-kill-children", true)]
    [InlineData("hrw", "https://www.hrw.org/news/2025/05/20/thailand-refugees-pushed-back", false)]
    [InlineData("fortify-rights", "https://www.fortifyrights.org/mya-inv-2025-11-19/", true)]
    [InlineData("fortify-rights", "https://www.fortifyrights.org/mly-inv-2026-06-01/", false)]
    [InlineData("un-sg", "https://www.un.org/sg/en/content/sg/statement/2021-01-31/statement-attributable-the-spokesperson-for-the-secretary-general-myanmar", true)]
    [InlineData("state-press", "https://www.state.gov/releases/office-of-the-spokesperson/2025/02/fourth-anniversary-of-the-military-coup-in-burma", true)]
    [InlineData("state-press", "https://www.state.gov/releases/office-of-the-spokesperson/2025/02/secretary-rubios-call-with-japanese-foreign-minister", false)]
    public void Global_feeds_keep_only_Myanmar_items(string id, string url, bool kept)
    {
        var source = Sources.Single(s => s.Id == id);

        Assert.NotEmpty(source.Include);
        Assert.Equal(kept, Keeps(source, url));
    }

    // The collection run's rule: any include pattern must match the item URL, no exclude pattern may.
    private static bool Keeps(SourceDefinition source, string url) =>
        source.Include.Any(p => Regex.IsMatch(url, p, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
        && !source.Exclude.Any(p => Regex.IsMatch(url, p, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
}
