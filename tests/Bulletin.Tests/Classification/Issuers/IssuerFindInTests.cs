namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerFindInTests
{
    [Theory]
    [InlineData("The National Unity Government strongly condemns the junta's airstrike on a school.", "National Unity Government")]
    [InlineData("National Unity Government (NUG) · Myanmar", "National Unity Government")]
    [InlineData("According to the Ministry of Human Rights of the National Unity Government, the junta used cluster munitions.", "Ministry of Human Rights")]
    [InlineData("Alarmed by reports of Rohingya cast into the sea, UN expert launches inquiry", "Special Procedures of the Human Rights Council")]
    [InlineData("Statement by the Special Advisory Council for Myanmar on China's role", "Special Advisory Council for Myanmar")]
    [InlineData("As Justice For Myanmar stated, ASEAN now stands for complicity.", "Justice For Myanmar")]
    [InlineData("Amnesty International’s Deputy Regional Director called on him", "Amnesty International")]
    [InlineData("Copyright © 2017 - 2025 All Rights Reserved - Progressive Voice (PV)", "Progressive Voice")]
    [InlineData("UNICEF said 22 children were killed.", "United Nations Children's Fund")]
    [InlineData("Data from AAPP show 22,000 detained.", "Assistance Association for Political Prisoners")]
    [InlineData("The ICJ urged the authorities to comply.", "International Commission of Jurists")]
    [InlineData("SAC-M welcomed the decision.", "Special Advisory Council for Myanmar")]
    [InlineData("Business and Human Rights Resource Center data", "Business & Human Rights Resource Centre")]
    public void Finds_the_body_a_sentence_names(string text, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.FindIn(text)?.Name);

    [Fact]
    public void Prefers_the_longest_name_mentioned()
    {
        var text = "UN Human Rights Council members heard UNICEF and the Office of the High Commissioner for Human Rights.";

        Assert.Equal("Office of the High Commissioner for Human Rights", ShippedIssuers.Directory.FindIn(text)?.Name);
        Assert.Equal("United Nations Human Rights Council", ShippedIssuers.Directory.FindIn("UN Human Rights Council resolution")?.Name);
    }

    [Fact]
    public void Finds_Burmese_names_inside_Burmese_sentences()
    {
        var text = "အမျိုးသားညီညွတ်ရေးအစိုးရက ကျောင်းများကို လေကြောင်းတိုက်ခိုက်မှုအား ပြင်းထန်စွာ ရှုတ်ချသည်။";

        Assert.Equal("National Unity Government", ShippedIssuers.Directory.FindIn(text)?.Name);
    }

    [Theory]
    [InlineData("The court heard the icj case in private.")]
    [InlineData("Unicefs and nugget sellers")]
    [InlineData("A HRWatch volunteer and the NUGGET team")]
    [InlineData("We call for justice for Myanmar's children.")]
    [InlineData("Download the PDF of the report.")]
    [InlineData("The weather in Yangon was hot.")]
    [InlineData("The SAC-Military talks")]
    [InlineData("")]
    public void Matches_nothing_inside_words_or_in_ordinary_phrases(string text) =>
        Assert.Null(ShippedIssuers.Directory.FindIn(text));

    [Fact]
    public void Abbreviations_count_only_as_exactly_cased_whole_tokens()
    {
        Assert.Equal("Human Rights Watch", ShippedIssuers.Directory.FindIn("(HRW) reported")?.Name);
        Assert.Null(ShippedIssuers.Directory.FindIn("hrw reported"));
        Assert.Null(ShippedIssuers.Directory.FindIn("SHRWX reported"));
    }
}
