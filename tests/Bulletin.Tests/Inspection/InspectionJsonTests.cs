using System.Text.Json;
using Bulletin.Core.Extraction;
using Bulletin.Core.Inspection;

namespace Bulletin.Tests.Inspection;

public sealed class InspectionJsonTests
{
    [Fact]
    public void A_feed_line_has_the_items_with_their_stated_offsets_and_keeps_burmese_unescaped()
    {
        var line = InspectionJson.Line(InspectionFixtures.Inspect("rss-burmese.xml"));
        var json = JsonDocument.Parse(line).RootElement;

        Assert.DoesNotContain('\n', line);
        Assert.Contains("ထုတ်ပြန်ချက်", line, StringComparison.Ordinal); // readable, not \u escapes
        Assert.Equal("rss-burmese.xml", json.GetProperty("input").GetString());
        Assert.Equal("feed", json.GetProperty("type").GetString());
        Assert.Equal("ကရင်လူ့အခွင့်အရေးအဖွဲ့ သတင်းထုတ်ပြန်ချက်များ", json.GetProperty("feedTitle").GetString());
        var item = json.GetProperty("items")[0];
        Assert.Equal("https://karen-rights.example.org/my/statements/2025-05-19", item.GetProperty("link").GetString());
        Assert.Equal("2025-05-19T09:30:00+06:30", item.GetProperty("published").GetString());
        Assert.Equal("ကရင်လူ့အခွင့်အရေးအဖွဲ့", item.GetProperty("author").GetString());
        Assert.Equal("statement", item.GetProperty("kind").GetString());
    }

    [Fact]
    public void A_bare_date_is_written_as_a_date_and_an_unlinked_item_has_no_link()
    {
        var atom = JsonDocument.Parse(InspectionJson.Line(InspectionFixtures.Inspect("atom-pdf.xml"))).RootElement;
        var feed = JsonDocument.Parse(InspectionJson.Line(InspectionFixtures.Inspect("jsonfeed-11.json"))).RootElement;

        Assert.Equal("2025-05-19", atom.GetProperty("items")[1].GetProperty("published").GetString());
        Assert.Equal("updated", atom.GetProperty("items")[1].GetProperty("publishedFrom").GetString());
        Assert.Equal("application/pdf", atom.GetProperty("items")[0].GetProperty("mediaType").GetString());
        Assert.Equal("2025-05-16T17:30:00", feed.GetProperty("items")[1].GetProperty("published").GetString());
        Assert.False(feed.GetProperty("items")[2].TryGetProperty("link", out _));
    }

    [Fact]
    public void A_page_line_gives_each_fact_with_its_signal()
    {
        var json = JsonDocument.Parse(InspectionJson.Line(InspectionFixtures.Inspect("statement.html"))).RootElement;

        Assert.Equal("page", json.GetProperty("type").GetString());
        Assert.Equal("JSON-LD headline", json.GetProperty("titleSignal").GetString());
        Assert.Equal("2025-05-22T09:00:00+06:30", json.GetProperty("published").GetString());
        Assert.Equal("JSON-LD datePublished", json.GetProperty("publishedSignal").GetString());
        Assert.Equal("United Nations Children's Fund", json.GetProperty("issuer").GetString());
        Assert.StartsWith("JSON-LD author 'UNICEF'", json.GetProperty("issuerReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("statement", json.GetProperty("kind").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Equal("html lang", json.GetProperty("languageSignal").GetString());
        Assert.Equal("https://regional.example.org/press/children-never-a-target", json.GetProperty("canonical").GetString());
    }

    [Fact]
    public void An_error_line_says_which_step_failed_and_why()
    {
        var json = JsonDocument.Parse(InspectionJson.Line(InspectionFixtures.Inspect("empty.xml"))).RootElement;

        Assert.Equal("error", json.GetProperty("type").GetString());
        Assert.Equal("format", json.GetProperty("errorKind").GetString());
        Assert.Contains("empty", json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("items", out _));
    }

    [Fact]
    public void A_lone_surrogate_in_a_title_still_makes_a_valid_utf8_line()
    {
        var feed = new InspectedFeed { Input = "x", Format = "rss", Title = "broken \uD800 title", Items = [new InspectedItem { Title = "ok \uDC00" }] };

        var json = JsonDocument.Parse(InspectionJson.Line(feed)).RootElement;

        Assert.Equal("broken \uFFFD title", json.GetProperty("feedTitle").GetString());
        Assert.Equal("ok \uFFFD", json.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("2025-05-20T10:00:00Z", "2025-05-20T10:00:00Z")]
    [InlineData("2025-05-20T16:30:00+06:30", "2025-05-20T16:30:00+06:30")]
    [InlineData("Tue, 20 May 2025 16:30:00 +0630", "2025-05-20T16:30:00+06:30")]
    [InlineData("2025-05-19T23:30:00-04:00", "2025-05-19T23:30:00-04:00")]
    [InlineData("Mon, 19 May 2025 23:30:00 EDT", "2025-05-19T23:30:00-04:00")]
    [InlineData("2025-05-20T03:30:00+00:00", "2025-05-20T03:30:00Z")]
    [InlineData("2025-05-20", "2025-05-20")]
    public void Dates_keep_the_precision_the_document_stated(string stated, string written)
    {
        Assert.Equal(written, InspectionDates.Format(Bulletin.Core.Extraction.Dates.DateText.Parse(stated)!.Value));
    }

    [Fact]
    public void A_local_time_is_written_without_an_offset_and_fractions_only_when_stated()
    {
        Assert.Equal("2025-05-20T17:30:00", InspectionDates.Format(PublishedDate.Local(new DateTime(2025, 5, 20, 17, 30, 0))));
        Assert.Equal("2025-05-20T16:30:00.25+06:30", InspectionDates.Format(PublishedDate.Exact(new DateTimeOffset(2025, 5, 20, 16, 30, 0, 250, TimeSpan.FromHours(6.5)))));
    }
}
