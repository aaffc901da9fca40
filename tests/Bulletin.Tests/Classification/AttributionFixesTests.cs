using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Classification;

/// <summary>Cases the labelled set found: statements named by their body, Burmese titles, copies, PDFs, flash updates.</summary>
public sealed class AttributionFixesTests
{
    private static readonly IssuerAttributor Attributor = ShippedPipeline.Attributor();
    private static readonly SourceDefinition Channel = new() { Id = "channel", Type = SourceType.Feed, Url = new Uri("https://channel.example.org/feed"), Issuer = "Progressive Voice", PublishesForOthers = true };

    [Theory]
    [InlineData("G7 Foreign Ministers' Statement on Myanmar", "G7 Foreign Ministers")]
    [InlineData("Security Council Press Statement on Myanmar", "United Nations Security Council")]
    [InlineData("AAPP Statement on deaths in custody", "Assistance Association for Political Prisoners")]
    public void A_title_opening_with_a_body_and_its_statement_names_the_issuer(string title, string expected)
    {
        var issuer = Attributor.Attribute(new Evidence(Channel, new Lead { Url = new Uri("https://channel.example.org/a"), Title = title }, null));

        Assert.Equal(expected, issuer.Value);
        Assert.Contains("title '", issuer.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UK statement on the coup anniversary")]
    [InlineData("Joint Statement on the coup anniversary")]
    public void A_title_whose_opening_is_no_known_body_leaves_the_source_to_decide(string title)
    {
        var issuer = Attributor.Attribute(new Evidence(Channel, new Lead { Url = new Uri("https://channel.example.org/a"), Title = title }, null));

        Assert.Equal("Progressive Voice", issuer.Value);
    }

    [Fact]
    public void A_burmese_title_naming_a_body_before_its_statement_names_the_issuer()
    {
        var source = Channel with { Issuer = null };
        var lead = new Lead { Url = new Uri("https://channel.example.org/my/a"), Title = "ကချင်လွတ်မြောက်ရေးအဖွဲ့ (KIO) ထုတ်ပြန်ချက် - ဒေသခံများ လုံခြုံရေး" };

        Assert.Equal("Kachin Independence Organization", Attributor.Attribute(new Evidence(source, lead, null)).Value);
    }

    [Fact]
    public void A_copy_naming_its_original_on_a_known_site_is_that_bodys_over_the_channels_default()
    {
        var url = new Uri("https://channel.example.org/2025/04/11/aid-blocked/");
        var page = new PageFacts { Url = url, Title = new("Myanmar: Junta Blocks Earthquake Aid", "h1"), OriginalUrl = new Uri("https://www.hrw.org/news/2025/04/10/aid") };

        var issuer = Attributor.Attribute(new Evidence(Channel, new Lead { Url = url }, page));

        Assert.Equal("Human Rights Watch", issuer.Value);
        Assert.Contains("a copy of https://www.hrw.org/", issuer.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Press Statement on the situation along the border", Kind.Statement)]
    [InlineData("အမျိုးသားညီညွတ်ရေးအစိုးရ ထုတ်ပြန်ချက် အမှတ် ၇/၂၀၂၅", Kind.Statement)]
    [InlineData("Salween Peace Park: conservation under attack", Kind.Report)]
    public void A_pdf_is_a_report_unless_its_title_calls_it_a_statement(string title, Kind expected)
    {
        var lead = new Lead { Url = new Uri("https://example.org/files/doc.pdf"), Title = title, MediaType = "application/pdf" };

        Assert.Equal(expected, KindClassifier.Classify(new Evidence(Channel with { Issuer = "KESAN" }, lead, null)).Value);
    }

    [Fact]
    public void A_flash_update_is_a_report()
    {
        var lead = new Lead { Url = new Uri("https://example.org/myanmar-flash-update-1"), Title = "Myanmar: Flash Update #1 – Tropical Cyclone", Labels = ["Flash Update"] };

        Assert.Equal(Kind.Report, KindClassifier.Classify(new Evidence(Channel with { Issuer = "OCHA" }, lead, null)).Value);
    }
}
