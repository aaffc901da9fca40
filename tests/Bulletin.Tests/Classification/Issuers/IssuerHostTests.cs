namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerHostTests
{
    [Theory]
    [InlineData("hrw.org", "Human Rights Watch")]
    [InlineData("www.hrw.org", "Human Rights Watch")]
    [InlineData("WWW.HRW.ORG.", "Human Rights Watch")]
    [InlineData("www.burmacampaign.org.uk", "Burma Campaign UK")]
    [InlineData("news.ohchr.org", "Office of the High Commissioner for Human Rights")]
    [InlineData("iimm.un.org", "Independent Investigative Mechanism for Myanmar")]
    [InlineData("press.un.org", "United Nations")]
    [InlineData("mm.usembassy.gov", "United States Embassy in Burma")]
    [InlineData("www.state.gov", "United States Department of State")]
    [InlineData("eeas.europa.eu", "European External Action Service")]
    [InlineData("europa.eu", "European Union")]
    [InlineData("fortifyrights.org:443", "Fortify Rights")]
    [InlineData("https://www.justiceformyanmar.org/press-releases", "Justice For Myanmar")]
    public void Finds_the_body_by_domain_and_subdomain(string host, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.ForHost(host)?.Name);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("nothrw.org")]
    [InlineData("hrw.org.example.com")]
    [InlineData("org")]
    [InlineData("")]
    public void Knows_nothing_of_other_hosts(string host) => Assert.Null(ShippedIssuers.Directory.ForHost(host));
}
