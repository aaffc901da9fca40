using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class PageReaderEdgeTests
{
    private static readonly Uri Url = new("https://example.org/news/item/");

    [Fact]
    public void Dates_in_the_running_text_are_never_taken_as_the_publication_date()
    {
        var facts = PageReader.Read(
            "<html><body><article><h1>Airstrike condemned</h1><p>On 12 May 2025 the junta bombed a school in Depayin, killing 22 children and two teachers.</p><p>We condemn it.</p></article></body></html>",
            Url);

        Assert.Null(facts.Published);
    }

    [Fact]
    public void A_burmese_title_on_an_english_template_is_burmese()
    {
        var facts = PageReader.Read(
            "<html lang=\"en-US\"><head><title>ကျောင်းများ လုံခြုံရေးဆိုင်ရာ ထုတ်ပြန်ချက် – NUG</title></head><body><p>ပညာရေးဝန်ကြီးဌာနသည် ထုတ်ပြန်သည်။</p></body></html>",
            Url);

        Assert.Equal("my", facts.Language?.Value);
        Assert.Equal("title script", facts.Language?.From);
        Assert.Equal("ကျောင်းများ လုံခြုံရေးဆိုင်ရာ ထုတ်ပြန်ချက်", facts.Title?.Value);
        Assert.Equal("NUG", facts.SiteName);
    }

    [Theory]
    [InlineData("ALU - Statement", "Statement on the shelling of the market in Hpakant town")]
    [InlineData("ALU - ထုတ်ပြန်ချက်", "ဖားကန့်မြို့ ဈေးအပေါ် လက်နက်ကြီးပစ်ခတ်မှုနှင့် ပတ်သက်၍ ထုတ်ပြန်ချက်")]
    public void A_title_of_a_name_and_a_word_for_the_page_yields_to_the_page_heading(string title, string heading)
    {
        var facts = PageReader.Read(
            $"<html><head><title>{title}</title></head><body><table><tr><td><b>Arakan Labour Union</b></td></tr><tr><td><h3 align=\"center\">{heading}</h3><p>1. On the morning of 3 March the market was shelled and many people were hurt.</p></td></tr></table></body></html>",
            Url);

        Assert.Equal(heading, facts.Title?.Value);
    }

    [Fact]
    public void An_acronym_before_a_bar_is_the_site_not_the_headline()
    {
        var facts = PageReader.Read(
            "<html><head><title>UNFPA | Midwives must be protected, agency says</title></head><body><div class=\"content\"><p>Text of the release, long enough to be a body of a page.</p></div></body></html>",
            Url);

        Assert.Equal("Midwives must be protected, agency says", facts.Title?.Value);
    }

    [Fact]
    public void An_aspnet_page_form_holds_the_article()
    {
        var facts = PageReader.Read(
            "<html><head><title>UNFPA | Midwives must be protected</title></head><body><form id=\"aspnetForm\" method=\"post\"><div id=\"header\"><a href=\"/\">Home</a></div><div class=\"news-detail\"><h1>Midwives must be protected, agency says</h1><p>Text of the release, long enough to be a body of a page.</p></div></form></body></html>",
            Url);

        Assert.Equal("Midwives must be protected, agency says", facts.Title?.Value);
        Assert.Equal("h1", facts.Title?.From);
    }

    [Fact]
    public void A_blog_name_in_an_h1_linking_home_is_not_the_headline()
    {
        var facts = PageReader.Read(
            "<html><head><title>Clinics must stay open | Township Health Blog</title></head><body><div class=\"header\"><h1 class=\"title\"><a href=\"https://example.org/\">Township Health Blog</a></h1></div><div class=\"post\"><h3 class=\"post-title entry-title\"><a href=\"https://example.org/news/item/\">Clinics must stay open</a></h3><div class=\"post-body\"><p>Text of the post, long enough to be the body of a page.</p></div></div></body></html>",
            Url);

        Assert.Equal("Clinics must stay open", facts.Title?.Value);
    }

    [Fact]
    public void A_library_record_gives_its_category_and_the_original_address_from_its_table()
    {
        var facts = PageReader.Read(
            "<html><head><title>Library - Killings in Hpakant</title></head><body><div class=\"content\"><h1>Killings in Hpakant</h1><table><tr><td class=\"label\">Category:</td><td class=\"value\">Human rights reports</td></tr><tr><td class=\"label\">Alternate URL:</td><td class=\"value\"><a href=\"https://kachin-rights.example.org/reports/hpakant\">https://kachin-rights.example.org/reports/hpakant</a></td></tr></table><p>A record of the library, kept for readers of the documents it lists.</p></div></body></html>",
            Url);

        Assert.Contains("Human rights reports", facts.Labels);
        Assert.Equal(new Uri("https://kachin-rights.example.org/reports/hpakant"), facts.OriginalUrl);
    }

    [Fact]
    public void A_short_title_that_is_the_headline_stays_the_headline()
    {
        var facts = PageReader.Read(
            "<html><head><title>Hpakant shelling</title></head><body><h3>Latest posts from around the region</h3><p>Text of the post, long enough to be a body.</p></body></html>",
            Url);

        Assert.Equal("Hpakant shelling", facts.Title?.Value);
    }

    [Fact]
    public void Og_locale_is_used_when_html_has_no_lang()
    {
        var facts = PageReader.Read("<html><head><meta property=\"og:locale\" content=\"my_MM\"></head><body><h1>Title</h1></body></html>", Url);

        Assert.Equal(new Bulletin.Core.Extraction.Signal<string>("my", "og:locale"), facts.Language);
    }

    [Fact]
    public void An_org_classed_line_before_the_text_is_the_organisation_line()
    {
        var facts = PageReader.Read(
            "<html><body><article><h1>Statement</h1><div class=\"entry-content\"><div class=\"x-org\">Ministry of Foreign Affairs · NUG</div>"
            + "<p>The Ministry of Foreign Affairs of the National Unity Government strongly condemns the continued airstrikes on civilians in Sagaing Region.</p></div></article></body></html>",
            Url);

        Assert.Equal("Ministry of Foreign Affairs · NUG", facts.OrganisationLine);
    }

    [Fact]
    public void A_statement_by_first_line_is_the_organisation_line()
    {
        var facts = PageReader.Read(
            "<html><body><main><h1>On the airstrikes</h1><p>Statement by the Karen Women's Organisation</p><p>We strongly condemn the airstrikes on villages in Karen State that killed civilians this week.</p></main></body></html>",
            Url);

        Assert.Equal("Statement by the Karen Women's Organisation", facts.OrganisationLine);
    }

    [Fact]
    public void Visible_when_element_and_eyebrow_serve_a_page_without_meta_tags()
    {
        var facts = PageReader.Read(
            "<html><body><section class=\"st-page\"><div class=\"st-eyebrow\">Press Statement</div><h1>On Burma</h1>"
            + "<div class=\"st-info\"><span class=\"st-when\">May 19, 2025</span></div><div class=\"st-copy\"><p>The United States condemns the airstrikes.</p></div></section></body></html>",
            Url);

        Assert.Equal("2025-05-19", facts.Published?.Value.ToString());
        Assert.Equal(["Press Statement"], facts.Labels);
    }

    [Fact]
    public void Paragraphs_in_separate_page_builder_widgets_are_read_as_one_body()
    {
        var widget = (string text) => $"<div class=\"pb-widget pb-widget-text\"><div class=\"pb-widget-container\"><p>{text}</p></div></div>";
        var facts = PageReader.Read(
            "<html><body><article><h1>Statement</h1>" + widget("The first paragraph of the statement names the issuer and the event.")
            + widget("The second paragraph gives the detail of what happened and where.") + widget("The third paragraph makes the demands.")
            + widget("The fourth paragraph closes.") + "<div id=\"comments\" class=\"comments-area\"><p>A reader's comment that is long enough to outweigh one paragraph of the statement itself.</p></div></article></body></html>",
            Url);

        Assert.Equal(
            "The first paragraph of the statement names the issuer and the event.\nThe second paragraph gives the detail of what happened and where.\nThe third paragraph makes the demands.",
            facts.Opening);
        Assert.DoesNotContain("comment", facts.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Og_title_that_is_only_the_site_name_gives_way_to_the_heading()
    {
        var facts = PageReader.Read(
            "<html><head><meta property=\"og:title\" content=\"Rights Now\"><meta property=\"og:site_name\" content=\"Rights Now\"></head><body><h1>Free the students</h1></body></html>",
            Url);

        Assert.Equal(new Bulletin.Core.Extraction.Signal<string>("Free the students", "h1"), facts.Title);
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var facts = PageReader.Read(
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", </script><meta property=\"og:title\" content=\"Still read\"></head><body></body></html>",
            Url);

        Assert.Equal("Still read", facts.Title?.Value);
        Assert.Empty(facts.SchemaTypes);
    }
}
