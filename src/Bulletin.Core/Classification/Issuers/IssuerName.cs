using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// Folds an organisation's name to the form names are compared in: case, punctuation, diacritics,
/// "&amp;"/"and", dotted initials ("U.S."), British/American spellings and a leading "the" stop mattering;
/// Burmese is compared in Unicode (Zawgyi converted) after NFC, with spaces between Burmese words ignored.
/// </summary>
public static partial class IssuerName
{
    // Folded to the American form because most sites of international bodies use it; only whole words.
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["organisation"] = "organization", ["organisations"] = "organizations",
        ["centre"] = "center", ["centres"] = "centers",
        ["programme"] = "program", ["programmes"] = "programs",
        ["defence"] = "defense", ["defences"] = "defenses",
        ["labour"] = "labor",
    };

    /// <summary>The comparison key of a name: "The Burma Campaign U.K." → "burma campaign uk".</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        return Join(Significant(Tokenise(text)));
    }


    /// <summary>Words of <paramref name="text"/>, each folded, with where it sits in the original text.</summary>
    internal static List<NameToken> Tokenise(string text)
    {
        var joinable = InitialismDots(text);
        var tokens = new List<NameToken>();
        var raw = new StringBuilder();
        var start = -1;

        void Close(int end)
        {
            if (raw.Length > 0)
            {
                var value = Fold(raw.ToString());
                tokens.Add(new NameToken(value, start, end, MyanmarScript.Contains(value)));
            }

            raw.Clear();
            start = -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                raw.Append(c);
            }
            else if (IsApostrophe(c) && raw.Length > 0 && i + 1 < text.Length && text[i + 1] is 's' or 'S'
                     && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
            {
                // A possessive ("Amnesty International's") names the same body; "Women's" folds to "women".
                Close(i);
                i++;
            }
            else if (IsApostrophe(c) || IsJoiner(c) || joinable.Contains(i))
            {
                // Apostrophes, zero-width characters and the dots of "U.S." stay inside the word.
            }
            else
            {
                Close(i);
                if (c == '&')
                {
                    tokens.Add(new NameToken("and", i, i + 1, false));
                }
            }
        }

        Close(text.Length);
        return tokens;
    }

    /// <summary>Drops a leading "the" when more words follow.</summary>
    internal static IReadOnlyList<NameToken> Significant(List<NameToken> tokens) =>
        tokens.Count > 1 && tokens[0].Value == "the" ? tokens.GetRange(1, tokens.Count - 1) : tokens;

    /// <summary>Joins folded words: a space between words, none between two Burmese words.</summary>
    internal static string Join(IEnumerable<NameToken> tokens)
    {
        var sb = new StringBuilder();
        NameToken? previous = null;
        foreach (var t in tokens)
        {
            if (previous is { } p && !(p.Myanmar && t.Myanmar))
            {
                sb.Append(' ');
            }

            sb.Append(t.Value);
            previous = t;
        }

        return sb.ToString();
    }

    private static string Fold(string word)
    {
        // Word by word, so token spans still point into the original text.
        var decomposed = BurmeseText.Normalize(word).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // Only Latin combining diacritics: Burmese vowel signs are marks too and must stay.
            if (c is < '\u0300' or > '\u036F')
            {
                sb.Append(c);
            }
        }

        var folded = sb.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return Spellings.GetValueOrDefault(folded, folded);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`';

    private static bool IsJoiner(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static HashSet<int> InitialismDots(string text)
    {
        var dots = new HashSet<int>();
        foreach (Match m in InitialismPattern().Matches(text))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                if (text[i] == '.')
                {
                    dots.Add(i);
                }
            }
        }

        return dots;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{L}\.){2,}")]
    private static partial Regex InitialismPattern();
}

/// <summary>One folded word of a text and the span it came from.</summary>
internal readonly record struct NameToken(string Value, int Start, int End, bool Myanmar);
