using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;

namespace Bulletin.Tests.Classification;

public sealed class KindClassifierTests
{
    private static readonly SourceDefinition Source = new() { Id = "org", Type = SourceType.Feed, Url = new Uri("https://example.org/feed/") };

    [Theory]
    [InlineData("Statement on the airstrikes on schools", "https://example.org/2025/05/statement/", Kind.Statement)]
    [InlineData("Burmese Military Companies Must Not Benefit from Earthquake Reconstruction", "https://example.org/burmese-military/", Kind.Statement)]
    [InlineData("Media advisory: Special Rapporteur on Myanmar to brief journalists", "https://example.org/en/media-advisories/2025/x", Kind.Excluded)]
    [InlineData("Travel advice: Thailand (updated 2 March 2025)", "https://example.org/en/-/travel-advice-thailand", Kind.Excluded)]
    [InlineData("KWO in the media: \u201cWomen lead the relief effort\u201d", "https://example.org/2025/03/kwo-in-the-media/", Kind.Excluded)]
    [InlineData("Support KWO's emergency relief for displaced families", "https://example.org/2025/03/support-relief/", Kind.Excluded)]
    [InlineData("Ministry of Health: call for volunteer doctors for remote clinics", "https://example.org/posts/volunteer-doctors.html", Kind.Excluded)]
    [InlineData("CNF delegation meets refugee leaders in Mizoram", "https://example.org/news.php?id=12", Kind.Excluded)]
    [InlineData("Under Secretary Lee's Meeting with Malaysian Foreign Minister Hasan", "https://example.org/under-secretary-lee-meeting/", Kind.Excluded)]
    [InlineData("Mekong Daily News: March 4, 2025", "https://example.org/2025/03/04/news/", Kind.Excluded)]
    [InlineData("CNF Leaders Visit Displaced Families in Thantlang", "https://example.org/index.php/news/12-cnf-leaders-visit", Kind.Excluded)]
    [InlineData("Regional delegation must meet the NUG, not only the junta, say MPs", "https://example.org/delegation-must-meet-the-nug/", Kind.Statement)]
    [InlineData("Ambassador hands over rice to flood victims in Bago", "https://example.org/news_20250302.html", Kind.Excluded)]
    [InlineData("Killings and Arrests in Hpakant Township, January–March 2025", "https://example.org/entry.php?id=9", Kind.Report)]
    [InlineData("Film screening and discussion: Burma after the earthquake (London, 4 June)", "https://example.org/film/", Kind.Excluded)]
    [InlineData("Press conference on the Depayin school airstrike, 19 May 2025", "https://example.org/en/2025/05/18/press/", Kind.Excluded)]
    [InlineData("Job Opening: Myanmar Human Rights Specialist", "https://example.org/careers/2025-05-20-specialist/", Kind.Excluded)]
    [InlineData("Travel Advisory: Burma (Level 4)", "https://example.gov/travel-advisory-burma/", Kind.Excluded)]
    [InlineData("Background Briefing on Southeast Asia Policy", "https://example.gov/background-briefing/", Kind.Excluded)]
    [InlineData("Burma Briefing: news round-up, 22 May 2025", "https://example.org/burma-briefing/", Kind.Excluded)]
    [InlineData("This week in Burma: airstrikes, the ASEAN Summit and earthquake recovery", "https://example.org/2025/05/23/this-week/", Kind.Excluded)]
    [InlineData("Q&A: What the ASEAN Summit means for Burma", "https://example.org/qa/", Kind.Excluded)]
    [InlineData("Briefing Paper: Elections under the junta cannot be free or fair", "https://example.org/briefing-paper/", Kind.Report)]
    [InlineData("Myanmar: Monthly situation update (May 2025)", "https://example.org/update/", Kind.Report)]
    [InlineData("Statement on the events in Sagaing", "https://example.org/statement-events/", Kind.Statement)]
    public void Classifies_by_title_and_path(string title, string url, Kind expected)
    {
        var evidence = new Evidence(Source, new Lead { Url = new Uri(url), Title = title }, null);

        var decided = KindClassifier.Classify(evidence);

        Assert.Equal(expected, decided.Value);
        Assert.False(string.IsNullOrWhiteSpace(decided.Reason));
    }

    [Theory]
    [InlineData("Events", Kind.Excluded)]
    [InlineData("Round-ups", Kind.Excluded)]
    [InlineData("Press Statement", Kind.Statement)]
    [InlineData("Reports", Kind.Report)]
    [InlineData("News", Kind.Statement)] // WordPress's default category says nothing
    public void Labels_decide_when_whole(string label, Kind expected)
    {
        var evidence = new Evidence(Source, new Lead { Url = new Uri("https://example.org/x/"), Title = "Myanmar: stop the airstrikes", Labels = [label] }, null);

        Assert.Equal(expected, KindClassifier.Classify(evidence).Value);
    }

    [Fact]
    public void A_news_article_reporting_others_is_kept_out()
    {
        var page = Page("NewsArticle", "ASEAN leaders will meet in Kuala Lumpur next week, with rights groups urging them to act. Malaysia has said it will push for a ceasefire.");

        var decided = KindClassifier.Classify(new Evidence(Source, new Lead { Url = page.Url, Title = "ASEAN leaders to meet" }, page));

        Assert.Equal(Kind.Excluded, decided.Value);
        Assert.StartsWith("news:", decided.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_speaking_for_itself_stays_a_statement_though_tagged_NewsArticle()
    {
        var page = Page("NewsArticle", "Justice For Myanmar today launches a list of tycoons. We call on ASEAN to sanction them.");

        Assert.Equal(Kind.Statement, KindClassifier.Classify(new Evidence(Source, new Lead { Url = page.Url, Title = "Justice For Myanmar launches list" }, page)).Value);
    }

    [Fact]
    public void An_organisations_own_press_release_may_quote_without_being_news()
    {
        var page = Page("NewsArticle", "The Special Rapporteur said the reports were alarming, and told the Government of India to refrain from returning refugees.");
        var own = Source with { Issuer = "OHCHR" };

        Assert.Equal(Kind.Statement, KindClassifier.Classify(new Evidence(own, new Lead { Url = page.Url, Title = "UN expert launches inquiry" }, page)).Value);
    }

    [Fact]
    public void A_news_outlet_source_lists_nothing()
    {
        var outlet = Source with { Kind = SourceKind.News };

        Assert.Equal(Kind.Excluded, KindClassifier.Classify(new Evidence(outlet, new Lead { Url = new Uri("https://news.example/a"), Title = "Statement by the NUG" }, null)).Value);
    }

    private static PageFacts Page(string schema, string body) => new()
    {
        Url = new Uri("https://example.org/a/"),
        SchemaTypes = [schema],
        BodyText = body,
    };
}
