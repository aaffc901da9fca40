using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

public sealed class IssuerFileTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Issuers", name);

    [Fact]
    public void A_bad_file_names_itself_and_every_bad_entry()
    {
        var path = Fixture("bad-entries.json");

        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.Load(path));

        Assert.Equal(path, ex.Origin);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Problems, p => p.StartsWith("entry 2 (\"Fortify Rights\")", StringComparison.Ordinal) && p.Contains("\"category\" is \"ngo\"", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("entry 2 (\"Fortify Rights\")", StringComparison.Ordinal) && p.Contains("https://www.fortifyrights.org/", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("entry 4 (\"Watchers\")", StringComparison.Ordinal) && p.Contains("unknown field \"alias\"", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("entry 4 (\"Watchers\")", StringComparison.Ordinal) && p.Contains("not in Burmese script", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_keys_across_entries_are_reported_with_both_entries()
    {
        const string json = """
            {"issuers": [
              {"name": "Human Rights Watch", "abbreviations": ["HRW"], "domains": ["hrw.org"], "category": "international-ngo"},
              {"name": "Human Rights Wing", "abbreviations": ["H.R.W."], "domains": ["hrw.org"], "category": "myanmar-cso", "parent": "Nobody"}
            ]}
            """;

        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.FromJson(json));

        Assert.Contains(ex.Problems, p => p.StartsWith("entry 2 (\"Human Rights Wing\")", StringComparison.Ordinal)
            && p.Contains("abbreviation \"H.R.W.\"", StringComparison.Ordinal)
            && p.Contains("entry 1 (\"Human Rights Watch\")", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("domain \"hrw.org\" is also a domain of entry 1", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("\"parent\" \"Nobody\" is not the name of any entry", StringComparison.Ordinal));
        Assert.Equal(3, ex.Problems.Count);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_reported_with_its_line()
    {
        var path = Fixture("not-json.json");

        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.Load(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"issuers\": {}}")]
    [InlineData("{\"bodies\": []}")]
    public void The_top_level_must_hold_an_issuers_array(string json)
    {
        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.FromJson(json));

        Assert.Contains("\"issuers\" array", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_by_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-issuers-{Guid.NewGuid():N}.json");

        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.Load(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_display_needing_a_parent_without_one_is_refused()
    {
        const string json = """{"issuers": [{"name": "Ministry of Health", "category": "nug-crph", "display": "bracketed"}]}""";

        var ex = Assert.Throws<IssuerFileException>(() => IssuerDirectory.FromJson(json));

        Assert.Contains("entry 1 (\"Ministry of Health\"): \"display\" is bracketed but there is no \"parent\"", ex.Problems);
    }
}
