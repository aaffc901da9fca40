using System.Text.RegularExpressions;

namespace Bulletin.Core.Classification.Naming;

/// <summary>
/// Whether an English phrase is shaped like the name of a body, for bodies the directory does not
/// know: capitalised words ending in a head noun ("… Strike Committee", "… Women's Organization"), or
/// a head noun followed by what it is of or for ("Ministry of …", "League of …", "Association for …").
/// Sentences, dates, kinds of document and people's roles are not bodies.
/// </summary>
public sealed partial class OrganisationShape(NamingData data)
{
    private const int MaxWords = 14;

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "for", "and", "on", "in", "to", "&", "at", "de", "du", "des", "la", "le", "y", "et", "against", "with",
    };

    // Words that make a phrase a sentence or a document, not a name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "must", "should", "shall", "can", "could", "may", "be", "been",
        "statement", "statements", "press", "release", "releases", "announcement", "report", "reports", "update", "updates", "briefing",
        "we", "our", "us", "it", "they", "this", "that", "these", "those", "home", "news", "page", "read", "more", "print", "share",
        "republic", "kingdom", "contact", "posted", "published", "about",
    };

    /// <summary>
    /// True when <paramref name="name"/> reads as a body's name; with <paramref name="asUnit"/>, a part of
    /// one named under it in a letterhead or signature ("Mutraw District", "5th Brigade") counts too.
    /// </summary>
    public bool IsBody(string name, bool asUnit = false)
    {
        var words = Words(name);
        if (words.Count is < 2 or > MaxWords || words.Any(w => NotNameWords.Contains(w)))
        {
            return false;
        }

        var significant = words.Where(w => !SmallWords.Contains(w)).ToList();
        if (significant.Count < 2 || significant.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) * 10 < significant.Count * 8 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        // "Member Committees", "Executive Committee": a head noun with only generic words names no one body.
        if (significant.All(w => IsHead(w) || data.Generic.Contains(w)))
        {
            return false;
        }

        // "… Strike Committee", "… Organizations"; or "Ministry of …", "League of …" anywhere after the first word.
        return IsHead(significant[^1]) || (asUnit && data.Units.Contains(significant[^1])) || words.Select((w, i) => (w, i)).Any(x => IsHead(x.w) && x.i + 1 < words.Count && SmallWords.Contains(words[x.i + 1]) && words[x.i + 1] is not "and" and not "&");
    }

    // Plural in form, one body in fact: "People's Defence Forces", "Legal Aid Services".
    private static readonly HashSet<string> OneBodyPlurals = new(StringComparer.OrdinalIgnoreCase) { "Forces", "Services", "Affairs" };

    /// <summary>True when the name's head noun is plural: a collective ("Women's Rights Organizations of Burma").</summary>
    public bool IsCollective(string name)
    {
        var words = Words(name);
        var head = words.LastOrDefault(w => IsHead(w) && w.EndsWith('s') && !OneBodyPlurals.Contains(w)
            && (data.Heads.Contains(w[..^1]) || (w.EndsWith("ies", StringComparison.Ordinal) && data.Heads.Contains(w[..^3] + "y"))));
        return head is not null && IsBody(name);
    }

    /// <summary>True when <paramref name="word"/> ends a body's name ("Committee", "Unions").</summary>
    public bool IsHead(string word) =>
        data.Heads.Contains(word) || (word.EndsWith('s') && data.Heads.Contains(word[..^1])) || (word.EndsWith("ies", StringComparison.Ordinal) && data.Heads.Contains(word[..^3] + "y"));

    private static List<string> Words(string name) =>
        [.. Word().Matches(name).Select(m => m.Value.TrimEnd('\'', '’'))];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*", RegexOptions.None, 1000)]
    private static partial Regex Word();
}
