using System.Globalization;
using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class WordPressPageTests
{
    private const string Url = "https://free-burma.example/2025/05/20/release-detained-students-now/";
    private readonly PageFacts _facts = PageFixture.Read("wordpress-graph.html", Url);

    [Fact]
    public void Title_comes_from_the_article_headline_in_the_graph_with_entities_decoded()
    {
        Assert.Equal("Release detained students now – a briefing", _facts.Title?.Value);
        Assert.Equal("JSON-LD headline", _facts.Title?.From);
    }

    [Fact]
    public void Published_is_the_article_date_not_the_webpage_or_modified_date()
    {
        Assert.Equal(DatePrecision.Instant, _facts.Published?.Value.Precision);
        Assert.Equal(DateTimeOffset.Parse("2025-05-20T10:00:00+01:00", CultureInfo.InvariantCulture), _facts.Published?.Value.Instant);
        Assert.Equal("JSON-LD datePublished", _facts.Published?.From);
    }

    [Fact]
    public void Canonical_is_resolved_against_the_page()
    {
        Assert.Equal(new Uri(Url), _facts.Canonical);
        Assert.Equal(new Uri(Url), _facts.Url);
    }

    [Fact]
    public void Language_site_publisher_and_types_come_from_head_and_graph()
    {
        Assert.Equal("en", _facts.Language?.Value);
        Assert.Equal("Campaign for a Free Burma", _facts.SiteName);
        Assert.Equal(["Campaign for a Free Burma Ltd"], _facts.Publishers);
        Assert.Equal(["Article", "Report"], _facts.SchemaTypes);
    }

    [Fact]
    public void Authors_join_json_ld_and_the_byline_without_the_posted_by_words()
    {
        Assert.Contains(_facts.Authors, a => a is { Value: "Campaign for a Free Burma", From: "JSON-LD author" });
        Assert.Contains(_facts.Authors, a => a is { Value: "Press Office", From: "byline" });
        Assert.Equal(2, _facts.Authors.Count);
    }

    [Fact]
    public void Labels_come_from_section_breadcrumbs_and_category_links_once_each()
    {
        Assert.Equal(["Briefings"], _facts.Labels);
    }

    [Fact]
    public void Opening_is_the_first_three_paragraphs_and_body_leaves_out_site_chrome()
    {
        Assert.StartsWith("Campaign for a Free Burma today calls", _facts.Opening, StringComparison.Ordinal);
        Assert.Equal(3, _facts.Opening!.Split('\n').Length);
        Assert.Contains("lists the officials responsible", _facts.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Older post", _facts.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted in", _facts.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_on_its_own_site_has_no_original_and_no_translations()
    {
        Assert.Null(_facts.OriginalUrl);
        Assert.Empty(_facts.Translations);
        Assert.Empty(_facts.Signatories);
    }
}
