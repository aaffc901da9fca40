using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class HandWrittenPageTests
{
    private readonly PageFacts _english = PageFixture.Read("table-joint.html", "http://river-watch.example/english/statement/20250522_arms.html");
    private readonly PageFacts _burmese = PageFixture.Read("burmese.html", "http://river-watch.example/burmese/statement/20250522_arms.html");

    [Fact]
    public void Title_is_the_title_classed_h2_when_there_is_no_h1()
    {
        Assert.Equal("Stop arms transfers to the Myanmar military", _english.Title?.Value);
        Assert.Equal("h2", _english.Title?.From);
    }

    [Fact]
    public void Date_is_read_from_the_address_before_the_date_paragraph_as_a_calendar_date()
    {
        Assert.Equal(DatePrecision.Date, _english.Published?.Value.Precision);
        Assert.Equal("2025-05-22", _english.Published?.Value.ToString());
        Assert.Equal("URL", _english.Published?.From);
    }

    [Fact]
    public void Issued_jointly_by_list_gives_all_seven_names_as_written()
    {
        Assert.Equal(
            [
                "River Watch", "Asia Resource Centre", "Justice Network", "Friends of the Forest Japan",
                "Network Against Arms Trade (NAAT)", "ayus:Network of Volunteers on International Cooperation",
                "International Volunteer Centre (IVC)",
            ],
            _english.Signatories);
    }

    [Fact]
    public void Language_link_in_a_lang_paragraph_is_a_translation()
    {
        var burmese = Assert.Single(_english.Translations);
        Assert.Equal("my", burmese.Key);
        Assert.Equal(new Uri("http://river-watch.example/burmese/statement/20250522_arms.html"), burmese.Value);
    }

    [Fact]
    public void Opening_skips_the_date_and_language_lines()
    {
        Assert.StartsWith("We, the undersigned organisations", _english.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("2025.05.22", _english.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Burmese_page_reads_burmese_digits_and_the_burmese_lead_in()
    {
        Assert.Equal("my", _burmese.Language?.Value);
        Assert.Equal("2025-05-22", _burmese.Published?.Value.ToString());
        Assert.Equal(["River Watch", "Asia Resource Centre", "Justice Network"], _burmese.Signatories);
        Assert.Empty(_burmese.Translations);
    }
}
