using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerNameTests
{
    [Theory]
    [InlineData("The Burma Campaign UK", "burma campaign uk")]
    [InlineData("  Women’s League of Burma ", "women league of burma")]
    [InlineData("Women's League of Burma", "women league of burma")]
    [InlineData("Business & Human Rights Resource Centre", "business and human rights resource center")]
    [InlineData("Ta'ang Women's Organisation", "taang women organization")]
    [InlineData("Ta’ang Women’s Organization", "taang women organization")]
    [InlineData("United Nations Development Programme", "united nations development program")]
    [InlineData("Ministry of Defence", "ministry of defense")]
    [InlineData("U.S. Department of State", "us department of state")]
    [InlineData("Amnesty International’s", "amnesty international")]
    [InlineData("Fortify Rights’", "fortify rights")]
    [InlineData("Médecins Sans Frontières", "medecins sans frontieres")]
    [InlineData("SAC-M", "sac m")]
    [InlineData("the", "the")]
    [InlineData("", "")]
    public void Folds_case_punctuation_spelling_and_diacritics(string text, string expected) =>
        Assert.Equal(expected, IssuerName.Normalise(text));

    [Fact]
    public void Keeps_Burmese_vowel_signs_and_ignores_spaces_between_Burmese_words()
    {
        var spaced = IssuerName.Normalise("အမျိုးသားညီညွတ်ရေးအစိုးရ လူ့အခွင့်အရေးဝန်ကြီးဌာန");
        var joined = IssuerName.Normalise("အမျိုးသားညီညွတ်ရေးအစိုးရလူ့အခွင့်အရေးဝန်ကြီးဌာန");

        Assert.Equal(joined, spaced);
        Assert.Equal("အမျိုးသားညီညွတ်ရေးအစိုးရလူ့အခွင့်အရေးဝန်ကြီးဌာန", joined);
    }

    [Fact]
    public void Compares_Burmese_after_NFC()
    {
        // U+1026 (ဦ) decomposes to U+1025 U+102E; both spellings must fold alike.
        var composed = "\u1026";
        var decomposed = "\u1025\u102E";

        Assert.Equal(IssuerName.Normalise(composed), IssuerName.Normalise(decomposed));
    }
}
