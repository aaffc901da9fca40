using System.Text.RegularExpressions;

namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// Finds bodies named inside free text. Full names match on whole words, tolerant of case except that a
/// name listed with a capital must start with one in the text ("justice for Myanmar" is a phrase, "Justice
/// For Myanmar" a body). Abbreviations match only as whole, exactly-cased tokens. Burmese names match as
/// substrings, since Burmese does not separate words with spaces.
/// </summary>
internal sealed class IssuerMentions
{
    private readonly Dictionary<string, List<Phrase>> _phrases = new(StringComparer.Ordinal);
    private readonly List<(string Compact, Issuer Issuer)> _burmese = [];
    private readonly Dictionary<string, Issuer> _abbreviations = new(StringComparer.Ordinal);
    private readonly Regex? _abbreviationPattern;

    public IssuerMentions(IEnumerable<Issuer> issuers)
    {
        foreach (var issuer in issuers)
        {
            // A sub-body's bare name ("Ministry of Defence") is only meaningful beside its parent's.
            var bare = issuer.EffectiveDisplay == IssuerDisplay.Bracketed ? [] : new[] { issuer.Name };
            string[] bracketed = issuer.EffectiveDisplay == IssuerDisplay.Bracketed ? [issuer.DisplayName] : [];
            foreach (var text in bare.Concat(bracketed).Concat(issuer.Aliases).Concat(issuer.Burmese))
            {
                Add(text, issuer);
            }

            foreach (var abbreviation in issuer.Abbreviations)
            {
                _abbreviations.TryAdd(abbreviation, issuer);
            }
        }

        if (_abbreviations.Count > 0)
        {
            var alternatives = _abbreviations.Keys.OrderByDescending(a => a.Length).Select(Regex.Escape);
            _abbreviationPattern = new Regex(
                $@"(?<![\p{{L}}\p{{N}}_-])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_]|-[\p{{Lu}}\p{{N}}])",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>The longest mention in <paramref name="text"/>; the earliest among equally long ones.</summary>
    public Issuer? Find(string text)
    {
        Mention? best = null;
        void Consider(Issuer issuer, int length, int position)
        {
            if (best is not { } b || length > b.Length || (length == b.Length && position < b.Position))
            {
                best = new Mention(issuer, length, position);
            }
        }

        var tokens = IssuerName.Tokenise(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_phrases.TryGetValue(tokens[i].Value, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases.Where(p => Matches(p, tokens, i, text)))
            {
                Consider(phrase.Issuer, phrase.Length, tokens[i].Start);
            }
        }

        if (_burmese.Count > 0 && tokens.Any(t => t.Myanmar))
        {
            var compact = string.Concat(tokens.Select(t => t.Value));
            foreach (var (key, issuer) in _burmese)
            {
                var at = compact.IndexOf(key, StringComparison.Ordinal);
                if (at >= 0)
                {
                    Consider(issuer, key.Length, at);
                }
            }
        }

        if (_abbreviationPattern is not null)
        {
            foreach (Match m in _abbreviationPattern.Matches(text))
            {
                Consider(_abbreviations[m.Value], m.Length, m.Index);
            }
        }

        return best?.Issuer;
    }

    private void Add(string text, Issuer issuer)
    {
        var tokens = IssuerName.Significant(IssuerName.Tokenise(text));
        if (tokens.Count == 0)
        {
            return;
        }

        if (tokens.Any(t => t.Myanmar))
        {
            _burmese.Add((string.Concat(tokens.Select(t => t.Value)), issuer));
            return;
        }

        var phrase = new Phrase([.. tokens.Select(t => t.Value)], char.IsUpper(text[tokens[0].Start]),
            IssuerName.Join(tokens).Length, issuer);
        if (!_phrases.TryGetValue(phrase.Words[0], out var list))
        {
            _phrases[phrase.Words[0]] = list = [];
        }

        list.Add(phrase);
    }

    private static bool Matches(Phrase phrase, List<NameToken> tokens, int at, string text)
    {
        if (at + phrase.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Words.Length; k++)
        {
            if (tokens[at + k].Value != phrase.Words[k])
            {
                return false;
            }
        }

        return !phrase.Capitalised || char.IsUpper(text[tokens[at].Start]);
    }

    private sealed record Phrase(string[] Words, bool Capitalised, int Length, Issuer Issuer);

    private readonly record struct Mention(Issuer Issuer, int Length, int Position);
}
