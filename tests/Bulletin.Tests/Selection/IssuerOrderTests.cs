using Bulletin.Core.Selection;

namespace Bulletin.Tests.Selection;

public sealed class IssuerOrderTests
{
    [Fact]
    public void Sorts_numbered_coalitions_numerically_then_names_alphabetically()
    {
        string[] expected =
        [
            "007 Youth Groups",
            "59 Civil Society Organizations",
            "67 Civil Society Organizations",
            "227 Civil Society Organizations",
            "123456789012345678901234567890 Signatories",
            "Amnesty International",
            "burma Campaign UK",
            "Équipe Myanmar",
            "Fortify Rights",
            "U.N. Office for the Coordination of Humanitarian Affairs",
            "UN Women",
            "Zomi Human Rights Foundation",
            "မြန်မာ့ အမျိုးသမီး အဖွဲ့",
            "အမျိုးသား ညီညွတ်ရေး အစိုးရ",
        ];
        var shuffled = expected.Reverse().Concat(expected.Where((_, i) => i % 2 == 0)).Distinct().ToList();

        shuffled.Sort(IssuerOrder.Instance);

        Assert.Equal(expected, shuffled);
    }

    [Theory]
    [InlineData("Amnesty International", "amnesty international")]
    [InlineData("Amnesty   International", "Amnesty-International")]
    [InlineData("Women’s League of Burma", "Women's League of Burma")]
    [InlineData("“Justice For Myanmar”", "Justice For Myanmar")]
    [InlineData("Café Rights", "Cafe Rights")]
    [InlineData("Straße Group", "Strasse Group")]
    [InlineData("059 Organisations", "59 Organisations")]
    [InlineData("59-Organisations", "59 Organisations")]
    [InlineData("၅၉ Organisations", "59 Organisations")] // Myanmar digits are numbers too
    [InlineData("  Fortify Rights. ", "Fortify Rights")]
    public void Treats_case_punctuation_accents_and_digit_forms_alike(string x, string y)
    {
        Assert.Equal(0, IssuerOrder.Instance.Compare(x, y));
    }

    [Theory]
    [InlineData("9 Groups", "10 Groups")]          // numbers, not text: 9 < 10
    [InlineData("99 Groups", "Amnesty")]           // a leading number comes before any name
    [InlineData("59 Civil", "59 civil society")]   // same number: the rest decides
    [InlineData("A.B. Rights", "AB Rights")]       // punctuation is a space: "a b" < "ab"
    [InlineData("Zomi", "မြန်မာ")]                 // Burmese after Latin
    [InlineData("Progressive Voice", "Progressive Voice 2")]
    [InlineData(null, "Amnesty")]
    public void Orders_first_before_second(string? first, string second)
    {
        Assert.True(IssuerOrder.Instance.Compare(first, second) < 0, $"{first} should sort before {second}");
        Assert.True(IssuerOrder.Instance.Compare(second, first) > 0, $"{second} should sort after {first}");
    }

    [Fact]
    public void Drops_Myanmar_marks_with_a_combining_class_but_keeps_vowel_signs()
    {
        // Asat (U+103A) has a non-zero combining class and is ignored; the vowel sign aa (U+102C) has class 0 and counts.
        Assert.Equal(0, IssuerOrder.Instance.Compare("မြန်မာ", "မြနမာ"));
        Assert.NotEqual(0, IssuerOrder.Instance.Compare("မြန်မာ", "မြန်မ"));
    }
}
