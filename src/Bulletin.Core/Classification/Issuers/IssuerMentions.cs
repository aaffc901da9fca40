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

    private readonly Dictionary<string, string[]> _parents = new(StringComparer.Ordinal);

    public IssuerMentions(IEnumerable<Issuer> issuers)
    {
        var all = issuers.ToList();
        foreach (var parent in all.Where(i => all.Any(c => c.Scoped && c.Parent == i.Name)))
        {
            _parents[parent.Name] = [.. parent.AllNames];
        }

        foreach (var issuer in all)
        {
            // A sub-body's bare name ("Ministry of Defence") is only meaningful beside its parent's, unless the
            // entry is scoped, when the parent's presence in context is checked instead.
            var bare = issuer.EffectiveDisplay == IssuerDisplay.Bracketed && !issuer.Scoped ? [] : new[] { issuer.Name };
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

    /// <summary>
    /// The longest mention in <paramref name="text"/>; the earliest among equally long ones. A scoped body's
    /// generic name counts only where <paramref name="scope"/> holds its parent.
    /// </summary>
    public Issuer? Find(string text, IssuerScope? scope = null)
    {
        Mention? best = null;
        void Consider(Issuer issuer, int length, int position)
        {
            if (issuer.Scoped && issuer.Parent is { } parent && !(scope?.Holds(parent) ?? false) && !NamesParent(issuer, text))
            {
                return;
            }

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

    // A scoped body named with its parent ("Ministry of Human Rights, National Unity Government") needs no context.
    private bool NamesParent(Issuer issuer, string text) =>
        _parents.TryGetValue(issuer.Parent!, out var names) && names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));

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
