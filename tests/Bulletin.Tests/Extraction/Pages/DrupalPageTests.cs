using System.Globalization;
using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class DrupalPageTests
{
    private readonly PageFacts _facts = PageFixture.Read("drupal-badge.html", "https://un-rights.example/en/press-releases/2025/05/myanmar-mass-arrests");

    [Fact]
    public void Title_falls_back_to_the_h1_when_there_is_no_og_or_json_ld()
    {
        Assert.Equal("Myanmar: experts alarmed by mass arrests in Sagaing", _facts.Title?.Value);
        Assert.Equal("h1", _facts.Title?.From);
    }

    [Fact]
    public void Published_comes_from_dcterms_date_not_the_date_in_the_prose()
    {
        Assert.Equal(DateTimeOffset.Parse("2025-05-19T14:00:00+02:00", CultureInfo.InvariantCulture), _facts.Published?.Value.Instant);
        Assert.Equal("meta dcterms.date", _facts.Published?.From);
    }

    [Fact]
    public void Badges_and_breadcrumbs_become_labels_but_home_does_not()
    {
        Assert.Equal(["Press releases", "Special Procedures"], _facts.Labels);
    }

    [Fact]
    public void Site_name_is_the_title_suffix_when_nothing_else_names_the_site()
    {
        Assert.Equal("UN Rights Office", _facts.SiteName);
        Assert.Null(_facts.Canonical);
    }

    [Fact]
    public void Body_text_is_the_article_text()
    {
        Assert.StartsWith("GENEVA – UN experts today", _facts.BodyText, StringComparison.Ordinal);
        Assert.EndsWith("the experts said.", _facts.BodyText, StringComparison.Ordinal);
    }
}
