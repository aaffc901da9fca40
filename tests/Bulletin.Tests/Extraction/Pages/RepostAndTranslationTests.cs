using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class RepostAndTranslationTests
{
    [Fact]
    public void Repost_names_its_source_link_without_campaign_tags()
    {
        var facts = PageFixture.Read("repost.html", "https://rights-digest.example/2025/05/19/junta-must-free-aid-workers/");

        Assert.Equal(new Uri("https://campaign.example/statements/junta-must-free-aid-workers/?ref=7"), facts.OriginalUrl);
        Assert.Equal(new Uri("https://rights-office.example/en/press-releases/2025/05/junta-must-free-aid-workers"), facts.Canonical);
        Assert.Equal("Digest Editor", Assert.Single(facts.Authors).Value);
        Assert.Equal(["Reposted statements"], facts.Labels);
        Assert.DoesNotContain("Source:", facts.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_source_link_a_canonical_on_another_host_is_the_original()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", "repost.html"))
            .Replace("Source: <a", "Thanks to <span", StringComparison.Ordinal).Replace("Campaign Office</a>", "Campaign Office</span>", StringComparison.Ordinal);

        var facts = PageReader.Read(html, new Uri("https://rights-digest.example/2025/05/19/junta-must-free-aid-workers/"));

        Assert.Equal(facts.Canonical, facts.OriginalUrl);
    }

    [Fact]
    public void Translations_exclude_the_page_itself_x_default_and_site_wide_switchers()
    {
        var facts = PageFixture.Read("hreflang.html", "https://justice-watch.example/media/2025/port-exit/");

        Assert.Equal(
            new Dictionary<string, Uri>
            {
                ["my"] = new("https://justice-watch.example/my/media/2025/port-exit/"),
                ["zh"] = new("https://justice-watch.example/zh/media/2025/port-exit/"),
                ["th"] = new("https://justice-watch.example/th/media/2025/port-exit/"),
            }.OrderBy(t => t.Key),
            facts.Translations.OrderBy(t => t.Key));
        Assert.Null(facts.OriginalUrl);
        Assert.Equal(["NewsArticle"], facts.SchemaTypes);
        Assert.Equal("Justice Watch", facts.SiteName);
    }
}
