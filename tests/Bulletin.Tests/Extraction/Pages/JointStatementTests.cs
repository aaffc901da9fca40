using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Pages;

public sealed class JointStatementTests
{
    private readonly PageFacts _facts = PageFixture.Read("joint-signed.html", "https://solidarity.example/2025/01/joint-statement/");

    [Fact]
    public void Numbered_signed_by_lines_across_paragraphs_stop_before_supported_by()
    {
        Assert.Equal(
            [
                "Action Against Myanmar Military Coup (Sydney)", "Alliance for Democracy in Myanmar", "ALTSEAN-Burma",
                "Arakan Rohingya Union", "Asia Pacific Solidarity Coalition", "Zomi Community Queensland",
            ],
            _facts.Signatories);
    }

    [Fact]
    public void A_bare_date_line_under_the_title_is_the_published_date()
    {
        Assert.Equal("2025-01-04", _facts.Published?.Value.ToString());
        Assert.Equal("date line", _facts.Published?.From);
    }

    [Fact]
    public void Title_from_h1_and_site_from_og_site_name_with_em_dash_suffix_unused()
    {
        Assert.StartsWith("Joint Statement by Civil Society Organisations", _facts.Title?.Value, StringComparison.Ordinal);
        Assert.Equal("Regional Solidarity Network", _facts.SiteName);
        Assert.StartsWith("We, the undersigned civil society organisations", _facts.Opening, StringComparison.Ordinal);
    }
}
