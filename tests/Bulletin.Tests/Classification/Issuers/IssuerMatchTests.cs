namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerMatchTests
{
    [Theory]
    [InlineData("UNICEF", "United Nations Children's Fund")]
    [InlineData("unicef", "United Nations Children's Fund")]
    [InlineData("UN Children’s Fund", "United Nations Children's Fund")]
    [InlineData("OHCHR", "Office of the High Commissioner for Human Rights")]
    [InlineData("UN Human Rights", "Office of the High Commissioner for Human Rights")]
    [InlineData("United Nations Human Rights Office", "Office of the High Commissioner for Human Rights")]
    [InlineData("SAC-M", "Special Advisory Council for Myanmar")]
    [InlineData("SAC–M", "Special Advisory Council for Myanmar")]
    [InlineData("National Unity Government of Myanmar", "National Unity Government")]
    [InlineData("NUG", "National Unity Government")]
    [InlineData("National Unity Government (NUG)", "National Unity Government")]
    [InlineData("the Burma Campaign UK", "Burma Campaign UK")]
    [InlineData("Human Rights Watch (HRW)", "Human Rights Watch")]
    [InlineData("Human Rights Watch – HRW", "Human Rights Watch")]
    [InlineData("HRW - Human Rights Watch", "Human Rights Watch")]
    [InlineData("Justice for Myanmar", "Justice For Myanmar")]
    [InlineData("JUSTICE FOR MYANMAR", "Justice For Myanmar")]
    [InlineData("Ta'ang Women's Organisation", "Ta'ang Women's Organization")]
    [InlineData("Ta’ang Women’s Organization", "Ta'ang Women's Organization")]
    [InlineData("Business and Human Rights Resource Center", "Business & Human Rights Resource Centre")]
    [InlineData("International Labor Organization", "International Labour Organization")]
    [InlineData("Medecins Sans Frontieres", "Médecins Sans Frontières")]
    [InlineData("Federation Internationale pour les Droits Humains", "International Federation for Human Rights")]
    [InlineData("U.S. Department of State", "United States Department of State")]
    [InlineData("US State Department", "United States Department of State")]
    [InlineData("Network Against Japan Arms Trade (NAJAT)", "Network Against Japan Arms Trade")]
    [InlineData("Assistance Association for Political Prisoners (Burma)", "Assistance Association for Political Prisoners")]
    [InlineData("Ministry of Human Rights (NUG)", "Ministry of Human Rights")]
    [InlineData("Ministry of Human Rights, National Unity Government", "Ministry of Human Rights")]
    [InlineData("Athan - Freedom of Expression Activist Organization", "Athan")]
    public void Resolves_the_names_sites_use(string text, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.Match(text)?.Name);

    [Theory]
    [InlineData("အမျိုးသားညီညွတ်ရေးအစိုးရ", "National Unity Government")]
    [InlineData("ကရင်အမျိုးသားအစည်းအရုံး", "Karen National Union")]
    [InlineData("အမျိုးသားညီညွတ်ရေးအစိုးရလူ့အခွင့်အရေးဝန်ကြီးဌာန", "Ministry of Human Rights")]
    public void Resolves_Burmese_names(string text, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.Match(text)?.Name);

    [Theory]
    [InlineData("Burma Campaign")]
    [InlineData("Human Rights")]
    [InlineData("Human Rights Watch (Amnesty International)")]
    [InlineData("National Unity Government (Ministry of Tourism)")]
    [InlineData("Southeast Asia Dispatch")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_text_that_names_no_known_body(string? text) =>
        Assert.Null(ShippedIssuers.Directory.Match(text));

    [Fact]
    public void Does_not_strip_of_Myanmar_unless_it_is_listed()
    {
        Assert.Null(ShippedIssuers.Directory.Match("Fortify Rights of Myanmar"));
        Assert.Equal("National Unity Government", ShippedIssuers.Directory.Match("National Unity Government of Myanmar")?.Name);
    }

    [Fact]
    public void Sub_bodies_print_as_the_editors_write_them()
    {
        var directory = ShippedIssuers.Directory;
        var ministry = directory.Match("National Unity Government (Ministry of Human Rights)");
        var rapporteur = directory.Match("UN Special Rapporteur on Myanmar");
        var embassy = directory.Match("U.S. Embassy Rangoon");

        Assert.Equal("Ministry of Human Rights", ministry?.Name);
        Assert.Equal("National Unity Government (Ministry of Human Rights)", ministry?.DisplayName);
        Assert.Equal("Office of the High Commissioner for Human Rights", rapporteur?.DisplayName);
        Assert.Equal("United States Embassy in Burma", embassy?.DisplayName);
        Assert.Equal("National Unity Government", directory.ParentOf(ministry!)?.Name);
        Assert.Equal("NUG Ministry of Defence", directory.Match("NUG Ministry of Defense")?.Aliases[0]);
    }
}
