using System.Text.Json;

namespace Bulletin.Tests.Extraction.Feeds.Corpus;

/// <summary>One expectation of the feed suite: a field path in that parser's terms, an operator and a value.</summary>
internal sealed record SuiteExpectation(string File, string Field, string Kind, string Op, JsonElement Expected, string? ExpectedIso)
{
    public static IEnumerable<SuiteExpectation> FromCase(JsonElement suiteCase, string property)
    {
        var file = suiteCase.GetProperty("file").GetString()!;
        foreach (var e in suiteCase.GetProperty(property).EnumerateArray())
        {
            yield return new SuiteExpectation(
                file,
                e.GetProperty("field").GetString()!,
                e.GetProperty("kind").GetString()!,
                e.GetProperty("op").GetString()!,
                e.TryGetProperty("expected", out var expected) ? expected.Clone() : default,
                e.TryGetProperty("expected_iso", out var iso) ? iso.GetString() : null);
        }
    }
}
