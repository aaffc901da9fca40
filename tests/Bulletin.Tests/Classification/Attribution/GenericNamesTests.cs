using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Classification.Attribution;

/// <summary>"Ministry of Foreign Affairs" is a body only in its context: the NUG's on the NUG's pages, another government's on its own.</summary>
public sealed class GenericNamesTests
{
    [Fact]
    public void Another_governments_ministry_of_foreign_affairs_is_not_the_NUGs()
    {
        var source = new SourceDefinition { Id = "mfa-th", Type = SourceType.Html, Url = new Uri("https://www.mfa.go.th/en/page/press"), Issuer = "Ministry of Foreign Affairs of the Kingdom of Thailand" };
        var url = new Uri("https://www.mfa.go.th/en/content/myanmar-border-2025");
        var page = PageReader.Read(Html("<p>The Ministry of Foreign Affairs reaffirms Thailand's support for a peaceful resolution in Myanmar and for humanitarian assistance reaching all people in need along the border.</p>"), url);

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(source, new Lead { Url = url, Title = "Press release on the situation in Myanmar" }, page));

        Assert.Equal("Ministry of Foreign Affairs of the Kingdom of Thailand", attribution.Value);
        Assert.DoesNotContain(attribution.Candidates, c => c.Name.Contains("National Unity Government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_no_government_in_context_does_not_credit_the_NUG_for_a_bare_ministry()
    {
        var source = new SourceDefinition { Id = "digest", Type = SourceType.Feed, Url = new Uri("https://digest.example.net/feed/"), PublishesForOthers = true };
        var url = new Uri("https://digest.example.net/a");
        var page = PageReader.Read(Html("<p>Source: Ministry of Foreign Affairs</p><p>The ministry is deeply concerned by the reports of airstrikes on villages near the border and calls on all parties to protect civilians.</p>"), url);

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(source, new Lead { Url = url, Title = "Press release" }, page));

        Assert.DoesNotContain("National Unity Government", attribution.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_NUGs_site_its_letterhead_ministries_join_inside_one_parenthesis()
    {
        var source = new SourceDefinition { Id = "nug", Type = SourceType.Feed, Url = new Uri("https://gov.nugmyanmar.org/feed/"), Issuer = "National Unity Government" };
        var url = new Uri("https://gov.nugmyanmar.org/2025/03/joint-statement/");
        var page = PageReader.Read(Html("<div class=\"letterhead\"><p>National Unity Government</p><p>Ministry of Women, Youths and Children Affairs</p><p>Ministry of Human Rights</p><p>Joint Statement (2/2025)</p></div><p>On the International Day of the Girl Child, we stand with the girls of Myanmar, whose rights to education, health and safety have been taken from them by the military's violence.</p>"), url);

        var attribution = ShippedPipeline.Attributor().Attribute(new Evidence(source, new Lead { Url = url, Title = "Joint Statement on the International Day of the Girl Child" }, page));

        Assert.Equal("National Unity Government (Ministry of Women, Youths and Children Affairs and Ministry of Human Rights)", attribution.Value);
    }

    private static string Html(string body) => $"<html><body><article><h1>Statement</h1>{body}</article></body></html>";
}
