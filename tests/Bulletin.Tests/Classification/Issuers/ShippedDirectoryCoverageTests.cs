using System.Text.RegularExpressions;
using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

/// <summary>What the shipped directory must hold and how its file is laid out.</summary>
public sealed partial class ShippedDirectoryCoverageTests
{
    private const string Nug = "National Unity Government";
    private const string Ohchr = "Office of the High Commissioner for Human Rights";

    [Fact]
    public void Every_field_sits_on_its_own_line_and_no_array_is_empty()
    {
        var lines = File.ReadAllLines(ShippedIssuers.SeedsPath);

        var odd = lines.Select((text, n) => (text, n: n + 1))
            .Where(l => !Frame().IsMatch(l.text) && !FieldLine().IsMatch(l.text))
            .Select(l => $"line {l.n}: {l.text.Trim()}")
            .ToList();

        Assert.True(odd.Count == 0, "lines that are neither a frame nor one field:\n" + string.Join('\n', odd.Take(10)));
        Assert.DoesNotContain(lines, l => l.Contains("[]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mohr.nugmyanmar.org", "Ministry of Human Rights")]
    [InlineData("mofa.nugmyanmar.org", "Ministry of Foreign Affairs")]
    [InlineData("moe.nugmyanmar.org", "Ministry of Education")]
    [InlineData("mowyca.nugmyanmar.org", "Ministry of Women, Youths and Children Affairs")]
    [InlineData("gov.nugmyanmar.org", Nug)]
    public void The_NUG_ministries_publish_on_their_own_subdomains(string host, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.ForHost(host)?.Name);

    [Fact]
    public void The_NUG_ministries_generic_names_are_scoped_to_the_NUG()
    {
        var ministries = ShippedIssuers.Directory.All
            .Where(i => i.Parent == Nug && i.Name.StartsWith("Ministry of", StringComparison.Ordinal))
            .ToList();

        Assert.True(ministries.Count >= 17, $"only {ministries.Count} NUG ministries");
        Assert.All(ministries, m => Assert.True(m.Scoped, $"{m.Name} is not scoped"));
    }

    [Theory]
    [InlineData("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Japan")]
    [InlineData("Danish Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Denmark")]
    [InlineData("Ministry for Foreign Affairs of Finland", "Ministry for Foreign Affairs of Finland")]
    [InlineData("Ministry of Foreign Affairs of Turkey", "Ministry of Foreign Affairs of the Republic of Türkiye")]
    [InlineData("Czech Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Czech Republic")]
    public void Another_governments_foreign_ministry_is_its_own_not_the_NUGs(string written, string expected)
    {
        var body = ShippedIssuers.Directory.Match(written);

        Assert.Equal(expected, body?.Name);
        Assert.Equal("government", body!.Category.ToCode());
        Assert.NotEqual(Nug, body.Parent);
    }

    [Theory]
    [InlineData("ABSDF", "All Burma Students' Democratic Front")]
    [InlineData("KNPLF", "Karenni Nationalities People's Liberation Front")]
    [InlineData("SSA-N", "Shan State Army-North")]
    [InlineData("PNLO", "Pa-O National Liberation Organization")]
    [InlineData("UWSA", "United Wa State Army")]
    [InlineData("ICNCC", "Interim Chin National Consultative Council")]
    [InlineData("KSCC", "Karenni State Consultative Council")]
    [InlineData("GSCC", "General Strike Collaboration Committee")]
    [InlineData("CERF", "Central Emergency Response Fund")]
    [InlineData("ACWC", "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children")]
    [InlineData("ITUC", "International Trade Union Confederation")]
    [InlineData("WILPF", "Women's International League for Peace and Freedom")]
    public void Acronyms_expand_to_the_full_name(string acronym, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.Match(acronym)?.Name);

    [Theory]
    [InlineData("ကရင်နီတပ်မတော်", "Karenni Army")]
    [InlineData("ဝပြည်သွေးစည်းညီညွတ်ရေးတပ်မတော်", "United Wa State Army")]
    [InlineData("ဗမာနိုင်ငံလုံးဆိုင်ရာကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ်", "All Burma Federation of Student Unions")]
    public void Burmese_names_give_the_English_name(string burmese, string expected) =>
        Assert.Equal(expected, ShippedIssuers.Directory.Match(burmese)?.DisplayName);

    [Theory]
    [InlineData("UN Special Rapporteur on freedom of expression")]
    [InlineData("Special Rapporteur on the situation of human rights defenders")]
    [InlineData("Working Group on Enforced or Involuntary Disappearances")]
    [InlineData("Committee on the Elimination of Racial Discrimination")]
    public void Experts_and_treaty_bodies_are_printed_as_the_Office(string written) =>
        Assert.Equal(Ohchr, ShippedIssuers.Directory.Match(written)?.DisplayName);

    [Theory]
    [InlineData("Royal Norwegian Embassy in Yangon", "Norwegian Ministry of Foreign Affairs")]
    [InlineData("Embassy of Switzerland in Myanmar", "Swiss Federal Department of Foreign Affairs")]
    [InlineData("Delegation of the European Union to ASEAN", "European External Action Service")]
    public void Embassies_and_delegations_sign_in_their_own_name(string name, string ministry)
    {
        var body = ShippedIssuers.Directory.Match(name);

        Assert.Equal(name, body?.DisplayName);
        Assert.Equal(ministry, ShippedIssuers.Directory.ParentOf(body!)?.Name);
    }

    [Fact]
    public void Local_strike_committees_and_university_unions_are_left_to_the_page()
    {
        var local = ShippedIssuers.Directory.All
            .SelectMany(i => i.Aliases.Prepend(i.Name).Select(n => (i.Name, Written: n)))
            .Where(n => LocalBody().IsMatch(n.Written))
            .Select(n => n.Written)
            .ToList();

        Assert.True(local.Count == 0, "local bodies in the directory: " + string.Join("; ", local));
    }

    // The file's frame: braces, the "issuers" array and its end.
    [GeneratedRegex("""^\s*(\{|\},?|"issuers": \[|\])$""")]
    private static partial Regex Frame();

    // One known field and its whole value on one line.
    [GeneratedRegex("""^ {6}"(name|aliases|abbreviations|burmese|domains|category|parent|display|scoped)": ("[^"]*"|\[.*\]|true),?$""")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"\b(Township|District)\b.*\bStrike Committee\b|\bUniversity Students'? Union\b")]
    private static partial Regex LocalBody();
}
