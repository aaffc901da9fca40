using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Inspection;

namespace Bulletin.Tests.Inspection;

public sealed class DocumentInspectorTests
{
    [Fact]
    public void A_json_feed_keeps_every_item_and_the_lead_bulletin_would_take()
    {
        var feed = InspectionFixtures.Inspect<InspectedFeed>("jsonfeed-11.json");

        Assert.Equal("json", feed.Format);
        Assert.Equal("Justice Network updates", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal(new Uri("https://justice.example.org/statements/airstrike-sagaing"), first.Link);
        Assert.Equal(PublishedDate.Exact(new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero)), first.Lead!.Published);
        Assert.Equal("published", first.PublishedFrom);
        Assert.Equal(new DateTimeOffset(2025, 5, 21, 1, 45, 0, TimeSpan.Zero), first.Updated!.Value.Instant);
        Assert.Equal(["Advocacy Team"], first.Lead.Authors);
        Assert.Equal(Kind.Statement, first.Kind!.Value);
        Assert.Equal(DatePrecision.LocalTime, feed.Items[1].Published!.Value.Precision);
        Assert.Null(feed.Items[2].Link);
        Assert.Null(feed.Items[2].Lead);
    }

    [Fact]
    public void A_burmese_rss_feed_keeps_its_titles_as_written()
    {
        var feed = InspectionFixtures.Inspect<InspectedFeed>("rss-burmese.xml");

        Assert.Equal("rss", feed.Format);
        Assert.Equal("ကရင်လူ့အခွင့်အရေးအဖွဲ့ သတင်းထုတ်ပြန်ချက်များ", feed.Title);
        Assert.Equal("ကရင်ပြည်နယ်ရှိ ကျေးရွာများအပေါ် လေကြောင်းတိုက်ခိုက်မှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်", feed.Items[0].Title);
        Assert.Equal("my", feed.Items[0].Lead!.Language);
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 3, 0, 0, TimeSpan.Zero), feed.Items[0].Published!.Value.Instant);
        Assert.Equal(["ကရင်လူ့အခွင့်အရေးအဖွဲ့"], feed.Items[0].Lead!.Authors);
    }

    [Fact]
    public void An_atom_entry_that_links_a_pdf_is_a_document_and_so_a_report()
    {
        var feed = InspectionFixtures.Inspect<InspectedFeed>("atom-pdf.xml");

        var pdf = feed.Items[0];
        Assert.Equal(new Uri("https://monitor.example.org/files/sagaing-displacement-2025.pdf"), pdf.Link);
        Assert.Equal("application/pdf", pdf.Lead!.MediaType);
        Assert.Contains(pdf.Links, l => l is { Rel: "enclosure", Type: "application/pdf", Length: "482113" });
        Assert.Equal(Kind.Report, pdf.Kind!.Value);
        Assert.Contains("PDF", pdf.Kind.Reason, StringComparison.Ordinal);

        // A feed author stands in for an entry that names none; a bare updated date stands in for published.
        var dated = feed.Items[1];
        Assert.Equal(["Rights Monitor"], dated.Lead!.Authors);
        Assert.Equal("updated", dated.PublishedFrom);
        Assert.Equal(DatePrecision.Date, dated.Lead.Published!.Value.Precision);
    }

    [Fact]
    public void A_statement_page_gets_its_issuer_from_structured_data_with_the_reason()
    {
        var page = InspectionFixtures.Inspect<InspectedPage>("statement.html");

        Assert.Equal("Myanmar: children must never be a target", page.Facts.Title!.Value);
        Assert.Equal("United Nations Children's Fund", page.Issuer.Value);
        Assert.StartsWith("JSON-LD author 'UNICEF'", page.Issuer.Reason, StringComparison.Ordinal);
        Assert.Equal(Kind.Statement, page.Kind.Value);
        Assert.Contains("Press release", page.Kind.Reason, StringComparison.Ordinal);
        Assert.Equal("en", page.Facts.Language!.Value);
        Assert.Equal(new Uri("https://regional.example.org/press/children-never-a-target"), page.Facts.Canonical);
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 2, 30, 0, TimeSpan.Zero), page.Facts.Published!.Value.Instant);
    }

    [Theory]
    [InlineData("empty.xml", "empty")]
    [InlineData("garbage.bin", "binary")]
    [InlineData("not-a-feed.json", "JSON Feed")]
    public void A_document_that_is_neither_feed_nor_page_is_an_error_not_an_exception(string name, string reason)
    {
        var error = InspectionFixtures.Inspect<InspectionError>(name);

        Assert.Equal(InspectionFailure.Format, error.Failure);
        Assert.StartsWith("neither a feed nor an HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carrying_html_in_its_strings_is_not_taken_for_a_page()
    {
        var posts = """[{"id": 7, "title": {"rendered": "Statement"}, "content": {"rendered": "<p>We condemn</p>"}}]"""u8.ToArray();

        var error = Assert.IsType<InspectionError>(InspectionFixtures.Documents.Inspect("posts.json", posts, "application/json", new Uri("https://example.org/wp-json/wp/v2/posts")));

        Assert.Equal(InspectionFailure.Format, error.Failure);
        Assert.Contains("(served as application/json)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_bound_to_the_empty_namespace_is_read_as_a_feed()
    {
        // Found by mutating the feed suite: the binding once made the XML builder throw.
        var body = """<rss version="2.0" xmlns:c=""><channel><title>x</title><item><title>y</title></item></channel></rss>"""u8.ToArray();

        var answer = InspectionFixtures.Documents.Inspect("bad-namespace.xml", body, null, new Uri("https://example.org/feed"));

        var feed = Assert.IsType<InspectedFeed>(answer);
        Assert.Equal("x", feed.Title);
        Assert.Equal("y", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void A_feeds_links_resolve_against_the_base_given_while_the_answer_keeps_its_url()
    {
        var body = """<rss version="2.0"><channel><title>x</title><item><title>y</title><link>a/1</link></item></channel></rss>"""u8.ToArray();
        var url = new Uri("http://127.0.0.1:5000/feed");

        var feed = Assert.IsType<InspectedFeed>(InspectionFixtures.Documents.Inspect("feed", body, null, url, new Uri("https://example.org/news/")));

        Assert.Equal(new Uri("https://example.org/news/a/1"), feed.Items[0].Link);
        Assert.Equal(url, feed.Url);
    }

    [Fact]
    public void A_page_is_judged_against_its_own_host_when_there_is_no_source()
    {
        var html = "<html><head><title>Weekly situation update</title></head><body><h1>Weekly situation update</h1></body></html>"u8.ToArray();

        var page = Assert.IsType<InspectedPage>(InspectionFixtures.Documents.Inspect("x", html, "text/html", new Uri("https://www.ohchr.org/en/news/2025/05/x")));

        Assert.Equal(Kind.Report, page.Kind.Value);
        Assert.Equal("Office of the High Commissioner for Human Rights", page.Issuer.Value);
        Assert.Contains("www.ohchr.org", page.Issuer.Reason, StringComparison.Ordinal);
    }
}
