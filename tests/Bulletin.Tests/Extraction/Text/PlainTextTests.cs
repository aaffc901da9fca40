using Bulletin.Core.Extraction.Text;

namespace Bulletin.Tests.Extraction.Text;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One Two")]
    [InlineData("Ex<b>am</b>ple", "Example")]
    [InlineData("a &lt; b &amp;&nbsp;c", "a < b & c")]
    [InlineData("a < b", "a < b")]
    [InlineData("safe<script>alert(1)</script> text<!-- hidden -->", "safe text")]
    [InlineData("  spread\n\t over   lines ", "spread over lines")]
    public void HtmlBecomesOneLineOfText(string html, string expected)
    {
        Assert.Equal(expected, PlainText.FromHtml(html));
    }

    [Fact]
    public void BurmeseZeroWidthSpacesSurvive()
    {
        var burmese = "မြန်မာ\u200Bနိုင်ငံ";

        Assert.Equal(burmese, PlainText.FromHtml($"<span>{burmese}</span>"));
    }

    [Fact]
    public void Decomposed_accents_become_one_character()
    {
        Assert.Equal("Le Monde diplomatique: entretien avec Andr\u00e9", PlainText.Collapse("Le Monde diplomatique:  entretien avec Andre\u0301"));
    }
}
