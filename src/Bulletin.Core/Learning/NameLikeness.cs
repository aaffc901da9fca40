using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Core.Learning;

/// <summary>
/// Whether a string an editor never confirmed plausibly names a given body: it is the body's acronym
/// ("KCSN" for "Karenni Civil Society Network"), or it shares most of the body's significant words.
/// </summary>
public static class NameLikeness
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "of", "the", "for", "and", "on", "in", "to", "at", "a", "an" };

    /// <summary>A score in [0, 1]: 1 for an acronym, else the share of significant words the two have in common; 0 when unrelated.</summary>
    public static double Score(string candidate, string name)
    {
        var bare = candidate.Trim();
        if (IsAcronym(bare))
        {
            return string.Equals(bare.Replace("-", "", StringComparison.Ordinal), Acronym(name), StringComparison.Ordinal) ? 1 : 0;
        }

        var a = Words(bare);
        var b = Words(name);
        var shared = a.Intersect(b).Count();
        return shared < 2 ? 0 : (double)shared / a.Union(b).Count();
    }

    /// <summary>True when <see cref="Score"/> reaches the level at which an editor would likely agree.</summary>
    public static bool Names(string candidate, string name) => Score(candidate, name) >= 0.6;

    /// <summary>Initials of the significant words: "Karenni Civil Society Network" → "KCSN".</summary>
    public static string Acronym(string name) =>
        string.Concat(name.Split([' ', '-', '\u2013'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Minor.Contains(w.ToLowerInvariant()) && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>"KCSN", "SAC-M": two to ten capitals (digits and a hyphen allowed after the first).</summary>
    public static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 10 && char.IsUpper(text[0]) && text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');

    private static HashSet<string> Words(string text) =>
        IssuerName.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Minor.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
