using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerLearningTests
{
    private const string Seeds = """
        {"issuers": [
          {"name": "National Unity Government", "aliases": ["National Unity Government of Myanmar"], "abbreviations": ["NUG"], "domains": ["nugmyanmar.org"], "category": "nug-crph"},
          {"name": "Ministry of Human Rights", "category": "nug-crph", "parent": "National Unity Government"},
          {"name": "Human Rights Watch", "abbreviations": ["HRW"], "category": "international-ngo"},
          {"name": "Network for Human Rights Documentation – Burma", "abbreviations": ["ND-Burma"], "category": "myanmar-cso"},
          {"name": "Karen Human Rights Group", "abbreviations": ["KHRG"], "category": "ethnic"}
        ]}
        """;

    [Fact]
    public void A_learned_alias_gives_a_new_directory_and_leaves_the_old_one_alone()
    {
        var before = IssuerDirectory.FromJson(Seeds);

        var after = before.With(new Issuer { Name = "National Unity Government", Category = IssuerCategory.NugCrph, Aliases = ["Myanmar's National Unity Government"] });

        Assert.Null(before.Match("Myanmar's National Unity Government"));
        Assert.Equal("National Unity Government", after.Match("Myanmar's National Unity Government")?.Name);
        Assert.Equal(before.All.Count, after.All.Count);
    }

    [Fact]
    public void A_learned_Burmese_alias_goes_under_Burmese_names()
    {
        var after = IssuerDirectory.FromJson(Seeds).With(new Issuer { Name = "National Unity Government", Category = IssuerCategory.NugCrph, Burmese = ["အမျိုးသားညီညွတ်ရေးအစိုးရ"] });

        Assert.Equal(["အမျိုးသားညီညွတ်ရေးအစိုးရ"], after.Named("National Unity Government")!.Burmese);
        Assert.Equal("National Unity Government", after.FindIn("အမျိုးသားညီညွတ်ရေးအစိုးရက ထုတ်ပြန်သည်")?.Name);
    }

    [Fact]
    public void A_learned_body_is_added_and_an_alias_taken_by_another_body_is_refused()
    {
        var directory = IssuerDirectory.FromJson(Seeds);

        var grown = directory.With(new Issuer { Name = "Fortify Rights", Domains = ["fortifyrights.org"], Category = IssuerCategory.InternationalNgo });

        Assert.Equal("Fortify Rights", grown.ForHost("www.fortifyrights.org")?.Name);
        Assert.Throws<IssuerFileException>(() => grown.With(new Issuer { Name = "Fortify Rights", Category = IssuerCategory.InternationalNgo, Abbreviations = ["HRW"] }));
    }

    [Fact]
    public void Suggestions_rank_name_prefixes_before_other_names_and_inner_words()
    {
        var directory = IssuerDirectory.FromJson(Seeds);

        Assert.Equal("Human Rights Watch", directory.Suggest("human", 5).First().Name);
        Assert.Equal(["National Unity Government"], directory.Suggest("nug", 5).Select(i => i.Name));
        Assert.Equal(
            ["Human Rights Watch", "Karen Human Rights Group", "Ministry of Human Rights", "Network for Human Rights Documentation – Burma"],
            directory.Suggest("Hum", 10).Select(i => i.Name));
        Assert.Equal(2, directory.Suggest("", 2).Count());
        Assert.Empty(directory.Suggest("zz", 5));
    }
}
