using System.Text;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Naming;

/// <summary>
/// Renders a body's Burmese name in English as editors do, term by term, with places in their usual
/// English spelling: "ကလေးမြို့နယ် သပိတ်ကော်မတီ" is "Kalay Township Strike Committee". The name is cut
/// into the longest glossary terms and gazetteer names it holds; what no entry covers stays in Burmese
/// and the rendering says it is incomplete.
/// </summary>
public sealed class BurmeseNames
{
    // Grammar that joins words but has no English of its own in a name: the plural marker, "of".
    // "ရေး" also names the town of Ye; it is the town only before a word such as Township.
    private static readonly (string Burmese, string English)[] Particles = [("များ", ""), ("၏", ""), ("နှင့်", "and"), ("ရှိ", ""), ("ရေး", "")];

    private static readonly HashSet<string> AdministrativeWords = new(StringComparer.OrdinalIgnoreCase) { "Township", "Town", "City", "District", "State", "Region", "Division", "Village", "Village Tract" };

    private readonly Dictionary<string, List<Segment>> _segments = new(StringComparer.Ordinal);
    private readonly int _longest;

    public BurmeseNames(NamingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var place in data.Places)
        {
            foreach (var name in place.Burmese)
            {
                Add(name, new Segment(place.Name, SegmentKind.Place, false));
            }
        }

        foreach (var term in data.Terms)
        {
            Add(term.Burmese, new Segment(term.English, SegmentKind.Term, term.Head));
        }

        foreach (var (burmese, english) in Particles)
        {
            Add(burmese, new Segment(english, SegmentKind.Particle, false));
        }

        _longest = _segments.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The English rendering of <paramref name="burmese"/>, or null when it holds no Burmese at all.</summary>
    public RenderedName? Render(string burmese)
    {
        var compact = Compact(burmese);
        if (compact.Length == 0 || !compact.Any(MyanmarScript.IsLetter))
        {
            return null;
        }

        var parts = new List<(Segment? Segment, string Text)>();
        var unknown = new StringBuilder();
        for (var i = 0; i < compact.Length;)
        {
            var (length, options) = SyllableStart(compact, i) ? LongestAt(compact, i) : (0, []);
            if (length == 0)
            {
                unknown.Append(compact[i]);
                i++;
                continue;
            }

            if (unknown.Length > 0)
            {
                parts.Add((null, unknown.ToString()));
                unknown.Clear();
            }

            parts.Add((Choose(options, compact, i + length), compact.Substring(i, length)));
            i += length;
        }

        if (unknown.Length > 0)
        {
            parts.Add((null, unknown.ToString()));
        }

        var words = Pluralised(parts).Where(w => w.Length > 0).ToList();

        // Burmese puts the ministry last ("ကျန်းမာရေး ဝန်ကြီးဌာန", health ministry); editors write "Ministry of Health".
        if (words.Count > 1 && words[^1] is "Ministry")
        {
            words = ["Ministry of", .. words.Take(words.Count - 1)];
        }

        var english = string.Join(' ', words);
        var last = parts.LastOrDefault(p => p.Segment is not { Kind: SegmentKind.Particle });
        // Latin letters in a Burmese name ("… CDM ဝန်ထမ်းများ") are English already.
        bool Rendered((Segment? Segment, string Text) p) => p.Segment is not null || !p.Text.Any(MyanmarScript.IsLetter);
        return new RenderedName(
            english,
            Complete: parts.All(Rendered),
            EndsInHead: last.Segment is { Head: true },
            Untranslated: parts.Where(p => !Rendered(p)).Select(p => p.Text).ToList());
    }

    // The plural marker makes the word before it plural: "သပိတ်ကော်မတီများ ကွန်ရက်" is a network of strike
    // committees, "Strike Committees Network"; a possessive ("Students'") is plural already.
    private static IEnumerable<string> Pluralised(List<(Segment? Segment, string Text)> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var english = parts[i].Segment?.English ?? parts[i].Text;
            var plural = i + 1 < parts.Count && parts[i + 1].Segment is { Kind: SegmentKind.Particle, English: "" } && parts[i + 1].Text == "များ"
                && parts[i].Segment is { Kind: SegmentKind.Term } && i + 2 < parts.Count;
            yield return plural ? Plural(english) : english;
        }
    }

    private static string Plural(string english)
    {
        var space = english.LastIndexOf(' ');
        var (head, last) = space < 0 ? ("", english) : (english[..(space + 1)], english[(space + 1)..]);
        if (last.EndsWith('\'') || last.EndsWith('s') || last.Length == 0 || !char.IsLetter(last[^1]))
        {
            return english;
        }

        var plural = last.EndsWith('y') && !last.EndsWith("ay", StringComparison.Ordinal) ? last[..^1] + "ies" : last.EndsWith("ch", StringComparison.Ordinal) ? last + "es" : last + "s";
        return head + plural;
    }

    /// <summary>True when an acronym's letters are the rendering's initials ("KTSC" for "Kalay Township Strike Committee").</summary>
    public static bool Spells(string english, string acronym)
    {
        var initials = english.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("of" or "and" or "the" or "for") && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0]));
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant);
        return initials.SequenceEqual(letters);
    }

    private void Add(string burmese, Segment segment)
    {
        var key = Compact(burmese);
        if (key.Length == 0)
        {
            return;
        }

        if (!_segments.TryGetValue(key, out var list))
        {
            _segments[key] = list = [];
        }

        list.Add(segment);
    }

    private (int Length, List<Segment> Options) LongestAt(string text, int at)
    {
        for (var length = Math.Min(_longest, text.Length - at); length > 0; length--)
        {
            // A word ends where a syllable does: "ပေါင်" (a township) is not inside "ပေါင်း".
            if (!SyllableStart(text, at + length))
            {
                continue;
            }

            if (_segments.TryGetValue(text.Substring(at, length), out var options))
            {
                return (length, options);
            }
        }

        return (0, []);
    }

    // A word that is both a place and a term ("ကလေး": Kalay, or "child") is the place when a word such as
    // Township follows it, else the term.
    private Segment Choose(List<Segment> options, string text, int next)
    {
        if (options.Count == 1)
        {
            return options[0];
        }

        var following = LongestAt(text, next).Options.FirstOrDefault();
        var place = options.FirstOrDefault(o => o.Kind == SegmentKind.Place);
        var term = options.FirstOrDefault(o => o.Kind == SegmentKind.Term);
        var particle = options.FirstOrDefault(o => o.Kind == SegmentKind.Particle);
        return following is not null && AdministrativeWords.Contains(following.English) && place is not null ? place : term ?? particle ?? place ?? options[0];
    }

    /// <summary>
    /// True when a syllable can start at <paramref name="i"/>: the end of the text, a non-Burmese
    /// character, or a consonant or independent vowel that no asat, virama or dependent sign binds to
    /// the syllable before.
    /// </summary>
    private static bool SyllableStart(string text, int i)
    {
        if (i >= text.Length || !MyanmarScript.IsLetter(text[i]))
        {
            return true;
        }

        var c = text[i];
        var starts = c is >= '\u1000' and <= '\u102A' or >= '\u103F' and <= '\u104F';
        if (!starts)
        {
            return false;
        }

        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return next is not ('\u103A' or '\u1039') && !(next == '\u1037' && i + 2 < text.Length && text[i + 2] == '\u103A');
    }

    // Burmese writes words without spaces, and sites put spaces in different places: compare without them.
    private static string Compact(string text)
    {
        var normal = BurmeseText.Normalize(text);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private enum SegmentKind
    {
        Place,
        Term,
        Particle,
    }

    private sealed record Segment(string English, SegmentKind Kind, bool Head);
}

/// <summary>A Burmese name rendered in English, whether every part was rendered, and what was not.</summary>
public sealed record RenderedName(string English, bool Complete, bool EndsInHead, IReadOnlyList<string> Untranslated);
