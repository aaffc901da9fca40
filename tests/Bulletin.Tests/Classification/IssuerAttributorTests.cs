using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Classification;

public sealed class IssuerAttributorTests
{
    private static readonly IssuerDirectory Directory = IssuerDirectory.Load(Path.Combine(RepositoryRoot.Path, "seeds", "issuers.json"));
    private static readonly IssuerAttributor Attributor = ShippedPipeline.Attributor(Directory);
    private static readonly SourceDefinition Source = new() { Id = "site", Type = SourceType.Feed, Url = new Uri("https://example.org/feed/") };

    [Fact]
    public void Many_signatories_are_credited_as_a_count()
    {
        var names = Enumerable.Range(1, 59).Select(i => $"Organisation number {i}").ToList();

        var issuer = Attribute("Joint statement on the junta's elections", page: Page(signatories: names));

        Assert.Equal("59 Civil Society Organizations", issuer.Value);
        Assert.Contains("59 signatories", issuer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_takes_the_statements_own_word_for_its_signatories()
    {
        var names = Enumerable.Range(1, 32).Select(i => $"Community group {i}").ToList();

        var issuer = Attribute("Statement of 32 Karenni Community Organizations on the airstrikes", page: Page(signatories: names));

        Assert.Equal("32 Karenni Community Organizations", issuer.Value);
    }

    [Fact]
    public void Few_signatories_are_joined_as_editors_write_them()
    {
        var issuer = Attribute("Joint statement", page: Page(signatories: ["Mekong Watch", "Network Against Japan Arms Trade (NAJAT)", "AAPP"]));

        Assert.Equal("Mekong Watch, Network Against Japan Arms Trade (NAJAT) and Assistance Association for Political Prisoners", issuer.Value);
    }

    [Theory]
    [InlineData("Joint Statement of ASEAN Parliamentarians for Human Rights and Progressive Voice on the summit", "ASEAN Parliamentarians for Human Rights and Progressive Voice")]
    [InlineData("Statement by UNICEF on attacks on schools in Myanmar", "United Nations Children's Fund")]
    [InlineData("Amnesty International condemns execution of activists", "Amnesty International")]
    public void A_title_that_names_who_speaks_wins_over_the_source(string title, string expected)
    {
        var issuer = Attribute(title, Source with { Issuer = "Burma Campaign UK" });

        Assert.Equal(expected, issuer.Value);
    }

    [Fact]
    public void The_source_default_is_named_canonically()
    {
        var issuer = Attribute("Alarmed by reports of Rohingya cast into the sea, UN expert launches inquiry", Source with { Issuer = "OHCHR" });

        Assert.Equal("Office of the High Commissioner for Human Rights", issuer.Value);
        Assert.Contains("default issuer", issuer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_site_is_named_after_itself()
    {
        var issuer = Attribute("Our latest update", page: Page(siteName: "Some Local Group"));

        Assert.Equal("Some Local Group", issuer.Value);
        Assert.Contains("no signal names an issuer", issuer.Reason, StringComparison.Ordinal);
    }

    private static Bulletin.Core.Classification.Attribution.Attribution Attribute(string title, SourceDefinition? source = null, PageFacts? page = null) =>
        Attributor.Attribute(new Evidence(source ?? Source, new Lead { Url = new Uri("https://example.org/a/"), Title = title }, page));

    private static PageFacts Page(IReadOnlyList<string>? signatories = null, string? siteName = null) => new()
    {
        Url = new Uri("https://example.org/a/"),
        Signatories = signatories ?? [],
        SiteName = siteName,
    };
}
