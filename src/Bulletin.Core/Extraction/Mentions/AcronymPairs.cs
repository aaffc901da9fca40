using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// "Full Name (ACR)" pairs written anywhere in an item, so an acronym used alone elsewhere on the same
/// page ("IEC", "KTSC") can be expanded without the directory. English pairs are kept only when the
/// acronym's letters follow the name's initials; a Burmese name with an English acronym is kept as
/// written, and checked once the name is rendered in English.
/// </summary>
public static partial class AcronymPairs
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "on", "in", "to", "&", "de", "du", "des", "la", "le", "y" };

    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> texts)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            // Both patterns end on "(ACR)": a line without a bracket holds no pair, and most lines have none.
            if (!text.Contains('(', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in English().Matches(text))
            {
                var name = Trimmed(m.Groups["name"].Value);
                var acronym = m.Groups["acr"].Value;
                var fit = Fit(name, acronym);
                if (fit is not null)
                {
                    pairs.TryAdd(acronym, fit);
                }
            }

            foreach (Match m in Burmese().Matches(text))
            {
                pairs.TryAdd(m.Groups["acr"].Value, m.Groups["name"].Value.Trim());
            }
        }

        return pairs;
    }

    /// <summary>
    /// The name an acronym stands for, from the capitalised words written before it: the shortest tail
    /// whose initials spell the acronym, widened over the capitalised words before it ("Karenni State" in
    /// "the Karenni State Interim Executive Council (IEC)"), without a sentence's opening word. Null when
    /// the letters do not fit.
    /// </summary>
    public static string? Fit(string words, string acronym)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length < 2 || tokens.Length < 2)
        {
            return null;
        }

        var start = -1;
        for (var s = tokens.Length - 1; s >= 0 && start < 0; s--)
        {
            if (char.IsUpper(tokens[s][0]) && Spells(tokens[s..], letters))
            {
                start = s;
            }
        }

        if (start < 0)
        {
            return null;
        }

        while (start > 0 && (char.IsUpper(tokens[start - 1][0]) || SmallWords.Contains(tokens[start - 1])) && !Starters.Contains(tokens[start - 1]))
        {
            start--;
        }

        while (start < tokens.Length - 1 && SmallWords.Contains(tokens[start]))
        {
            start++;
        }

        return string.Join(' ', tokens[start..]);
    }

    // Words that open a sentence rather than a name.
    private static readonly HashSet<string> Starters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Today", "Yesterday", "On", "In", "As", "At", "We", "Now", "This", "That", "These", "Since", "After", "Before", "When", "While", "Meanwhile", "Also", "Recently", "Earlier", "Later", "Last", "Following", "Statement", "Press", "Release", "Joint",
    };

    // Every significant word gives its initial, in order; acronyms like "ALTSEAN" take more letters from inside a word.
    private static bool Spells(string[] tokens, char[] letters)
    {
        var words = tokens.Where(t => !SmallWords.Contains(t)).Select(t => t.ToUpperInvariant()).ToArray();
        var all = tokens.Select(t => char.ToUpperInvariant(t[0])).ToArray();
        return all.SequenceEqual(letters) || Match(words, 0, letters, 0);
    }

    private static bool Match(string[] words, int wi, char[] letters, int li)
    {
        if (wi == words.Length)
        {
            return li == letters.Length;
        }

        if (li >= letters.Length || words[wi][0] != letters[li])
        {
            return false;
        }

        return Inside(words, wi, 1, letters, li + 1);
    }

    private static bool Inside(string[] words, int wi, int from, char[] letters, int li)
    {
        if (Match(words, wi + 1, letters, li))
        {
            return true;
        }

        var word = words[wi];
        for (var k = from; k < word.Length && li < letters.Length; k++)
        {
            if (word[k] == letters[li] && Inside(words, wi, k + 1, letters, li + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static string Trimmed(string name) => name.Trim().TrimStart(',', ';').Trim();

    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on|in|&)(?:[ ](?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on|in|&)){1,14})\s*\((?<acr>\p{Lu}[\p{Lu}\p{N}&.-]{1,11})\)", RegexOptions.None, 1000)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<name>[\u1000-\u109F][\u1000-\u109F ]{1,80}?)\s*\((?<acr>[A-Z][A-Z0-9&.-]{1,11})\)", RegexOptions.None, 1000)]
    private static partial Regex Burmese();
}
