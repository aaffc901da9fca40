using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Sitemaps;

namespace Bulletin.Tests.Extraction.Sitemaps;

public sealed class SitemapReaderTests
{
    private static readonly Uri Base = new("https://agency.example.org/sitemap_index.xml");

    [Fact]
    public void Index_lists_child_sitemaps_resolved_against_its_url()
    {
        var sitemap = SitemapReader.Read(Fixture("sitemap-index.xml"), Base);

        Assert.Empty(sitemap.Urls);
        Assert.Equal(
            [new Uri("https://agency.example.org/post-sitemap.xml"), new Uri("https://agency.example.org/page-sitemap.xml")],
            sitemap.ChildSitemaps);
    }

    [Fact]
    public void Urlset_gives_page_urls_with_lastmod_and_ignores_image_and_alternate_links()
    {
        var sitemap = SitemapReader.Read(Fixture("post-sitemap.xml"), Base);

        Assert.Empty(sitemap.ChildSitemaps);
        Assert.Equal(
            [
                "https://agency.example.org/en/2025/05/22/statement-on-airstrikes/",
                "https://agency.example.org/en/2025/05/20/report/?lang=en&print=1",
                "https://agency.example.org/en/about/",
            ],
            sitemap.Urls.Select(u => u.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 15, 0, 0, TimeSpan.FromHours(6.5)), sitemap.Urls[0].Published?.Instant);
        Assert.Equal(DatePrecision.Date, sitemap.Urls[1].Published?.Precision);
        Assert.Equal(new DateTime(2025, 5, 20), sitemap.Urls[1].Published!.Value.LocalTime!.Value.Date);
        Assert.Null(sitemap.Urls[2].Published);
    }

    [Fact]
    public void Namespace_is_optional()
    {
        const string xml = "<urlset><url><loc>https://a.example.org/x</loc><lastmod>2025-05-21</lastmod></url></urlset>";

        var lead = Assert.Single(SitemapReader.Read(xml, Base).Urls);

        Assert.Equal(new Uri("https://a.example.org/x"), lead.Url);
        Assert.NotNull(lead.Published);
    }

    [Fact]
    public void Malformed_xml_is_still_read()
    {
        var sitemap = SitemapReader.Read(Fixture("malformed.xml"), Base);

        Assert.Equal(
            ["https://ngo.example.org/statement.php?id=7&lang=en", "https://ngo.example.org/report.php?id=8&lang=en"],
            sitemap.Urls.Select(u => u.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 8, 0, 0, TimeSpan.Zero), sitemap.Urls[1].Published?.Instant);
    }

    [Fact]
    public void Malformed_index_with_prefixed_names_is_still_read()
    {
        const string xml = "<sm:sitemapindex><sm:sitemap><sm:loc>https://a.example.org/s1.xml?x=1&y=2</sm:loc></sm:sitemap></sm:sitemapindex>";

        Assert.Equal([new Uri("https://a.example.org/s1.xml?x=1&y=2")], SitemapReader.Read(xml, Base).ChildSitemaps);
    }

    [Fact]
    public void News_sitemap_prefers_publication_date_and_gives_title_and_language()
    {
        var lead = Assert.Single(SitemapReader.Read(Fixture("news-sitemap.xml"), Base).Urls);

        Assert.Equal(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.FromHours(7)), lead.Published?.Instant);
        Assert.Equal("Press release: aid access", lead.Title);
        Assert.Equal("en", lead.Language);
    }

    [Fact]
    public void Leading_bom_and_blank_lines_are_tolerated()
    {
        var xml = "\uFEFF\n\n" + Fixture("sitemap-index.xml");

        Assert.Equal(2, SitemapReader.Read(xml, Base).ChildSitemaps.Count);
    }

    [Fact]
    public void Plain_text_sitemap_lists_one_url_a_line()
    {
        const string text = "https://a.example.org/one\r\n\r\nhttps://a.example.org/two\nnot a url\n";

        var sitemap = SitemapReader.Read(text, Base);

        Assert.Equal(["https://a.example.org/one", "https://a.example.org/two"], sitemap.Urls.Select(u => u.Url.AbsoluteUri));
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sitemaps", name));
}
