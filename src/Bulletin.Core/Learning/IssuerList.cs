using System.Text.RegularExpressions;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Learning;

/// <summary>
/// Splits an issuer line as editors write it ("A, B and C") into the bodies it names. A name the directory
/// knows is never split, even when it holds a comma or "and" ("Food and Agriculture Organization").
/// </summary>
public static partial class IssuerList
{
    /// <summary>"59 Civil Society Organizations", "285 Myanmar, regional and international groups": a count, not a name.</summary>
    public static bool IsCount(string text) => CountPattern().IsMatch(BurmeseDigits.ToAscii(text.Trim()));

    /// <summary>The names in <paramref name="line"/>; empty for a count of signatories.</summary>
    public static IReadOnlyList<string> Split(string line, IssuerDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var text = line.Trim().TrimEnd('.', ';').Trim();
        if (text.Length == 0 || IsCount(text))
        {
            return [];
        }

        if (directory.Match(text) is not null)
        {
            return [text];
        }

        var parts = CommaParts(text);
        var names = new List<string>();
        for (var i = 0; i < parts.Count;)
        {
            // Longest run of parts the directory knows as one name ("United Nations Educational, Scientific and …").
            var j = parts.Count;
            while (j > i + 1 && directory.Match(string.Join(", ", parts.Skip(i).Take(j - i))) is null)
            {
                j--;
            }

            names.Add(string.Join(", ", parts.Skip(i).Take(j - i)));
            i = j;
        }

        var last = names[^1];
        var and = AndPattern().Matches(last);
        if (directory.Match(last) is null && and.Count > 0)
        {
            // "A, B and C" always splits at its last "and"; a lone "A and B" only when both halves are known bodies.
            var at = and[^1];
            var (left, right) = (last[..at.Index].Trim(), last[(at.Index + at.Length)..].Trim());
            if (names.Count > 1 || (directory.Match(left) is not null && directory.Match(right) is not null))
            {
                names[^1] = left;
                names.Add(right);
            }
        }

        return names.Where(n => n.Length > 0 && !IsCount(n)).ToList();
    }

    /// <summary>Comma-separated parts outside brackets; an Oxford comma's "and" is dropped.</summary>
    private static List<string> CommaParts(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth == 0 && text[i] is ',' or '၊' or ';')
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Select(p => LeadingAnd().Replace(p.Trim(), "")).Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"^\d[\d,]*\s+\p{L}")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();
}
