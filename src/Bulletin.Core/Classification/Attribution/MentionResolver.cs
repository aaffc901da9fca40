using System.Text.RegularExpressions;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Classification.Naming;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Mentions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Attribution;

/// <summary>
/// Resolves what a mention's words name, trying in turn: a count of signatories, a group of
/// ambassadors, a directory name (scoped names only in their parent's context), an acronym the page
/// spells out, co-issuers, a new body whose English name is organisation-shaped, a Burmese name
/// rendered term by term, and last a directory name inside a longer line.
/// </summary>
public sealed partial class MentionResolver(IssuerDirectory directory, NamingData naming, OrganisationShape shape, BurmeseNames burmese)
{
    private readonly HashSet<string> _notIssuers = naming.NotIssuers.Select(IssuerName.Normalise).ToHashSet(StringComparer.Ordinal);

    private const double FromDirectory = 1.0;
    private const double SpelledOut = 0.95;
    private const double NewEnglish = 0.8;
    private const double NewBurmese = 0.75;
    private const double PartlyRendered = 0.35;
    private const double Inside = 0.7;

    /// <summary>What <paramref name="text"/> names, or null when it names no body.</summary>
    public Resolution? Resolve(string text, MentionSignal signal, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope)
    {
        var cleaned = WithoutMouthpiece(Clean(text));
        if (cleaned.Length < 2 || IsNotIssuer(cleaned))
        {
            return null;
        }

        // A directory name first, then co-issuers ("A, B and C" where each names a body), and only then
        // the whole as one new body: "… and Progressive Voice" ends in a head noun too.
        return Counted(cleaned)
            ?? BurmeseCounted(cleaned)
            ?? Ambassadors(cleaned)
            ?? Single(cleaned, acronyms, scope, allowNew: false)
            ?? Joint(cleaned, acronyms, scope)
            ?? Single(cleaned, acronyms, scope, asUnit: signal is MentionSignal.Letterhead or MentionSignal.Signature)
            ?? Contained(cleaned, signal, scope);
    }

    /// <summary>One body: from the directory, an acronym the page spells out, or a new, organisation-shaped name.</summary>
    private Resolution? Single(string text, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope, bool allowNew = true, bool asUnit = false)
    {
        var (name, bracket) = SplitBracket(text);

        // "Head of the Independent Investigative Mechanism for Myanmar to the Human Rights Council" speaks
        // for the Mechanism: a person's role and the body addressed are not part of the issuer's name.
        var office = Office(name);
        var holder = HolderOf().Match(name) is { Success: true } h && !IssuerPhrases.CoIssuerSeparator().IsMatch(name[h.Length..]) ? h.Groups["body"].Value : name;
        foreach (var form in new[] { text, name, office, holder }.Distinct())
        {
            if (Known(form, scope) is { } known)
            {
                return known;
            }
        }

        // "KNU Mergui-Tavoy District", "KNLA Brigade 5": a known body's district or brigade speaking for
        // itself is named with its parent (EDITORIAL), as "Karen National Union (Mergui-Tavoy District)".
        if (PartOf().Match(name) is { Success: true } part && Known(part.Groups["body"].Value, scope) is { Known: { } parent })
        {
            var unit = part.Groups["unit"].Value;
            return new Resolution($"{parent.DisplayName} ({unit})", $"{unit} of {parent.Name}, in the directory", FromDirectory);
        }

        var acronym = bracket is not null && IsAcronym(bracket) ? bracket : IsAcronym(name) ? name : null;
        if (acronym is not null && directory.Match(acronym, scope) is { } byAcronym && IsIssuer(byAcronym))
        {
            return new Resolution(byAcronym.DisplayName, $"acronym {acronym} in the directory", FromDirectory) { Known = byAcronym };
        }

        if (IsAcronym(name) && acronyms.TryGetValue(name, out var spelled) && !IsAcronym(spelled))
        {
            var expanded = Single(spelled, acronyms, scope);
            return expanded is null ? null : expanded with { How = $"{name}, spelled out on the page as '{spelled}'; {expanded.How}", Quality = Math.Min(expanded.Quality, SpelledOut) };
        }

        if (!allowNew)
        {
            return null;
        }

        if (MyanmarScript.Contains(name))
        {
            return IsNotIssuer(name) ? null : Rendered(name, acronym);
        }

        var bare = Uncapped(LeadingThe().Replace(office, string.Empty));

        // "The Ministry of Foreign Affairs reaffirms …" on a foreign ministry's own site is that ministry:
        // a generic name is the one body in context whose full name begins with it (with two, it is neither).
        var beginning = shape.IsBody(bare, asUnit) ? scope.Bodies.Where(b => IsIssuer(b) && StartsWithWords(IssuerName.Normalise(b.Name), IssuerName.Normalise(bare))).ToList() : [];
        if (beginning is [var contextual])
        {
            return new Resolution(contextual.DisplayName, $"'{bare}' is the {contextual.Name} in whose context the page is read", Inside) { Known = contextual };
        }

        // "U.S. Department of State, Office of the Spokesperson": a body, then the part of it that speaks.
        if (bare.IndexOf(", ", StringComparison.Ordinal) is > 0 and var first && Known(bare[..first], scope) is { } before)
        {
            return before with { How = $"{before.How}, with the part of it that speaks" };
        }

        // "Daw Mi Thuzar, Kyaikto Women's Network": a contact person before the body's name.
        if (bare.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && !shape.IsBody(bare[..comma], asUnit) && shape.IsBody(bare[(comma + 2)..], asUnit))
        {
            bare = bare[(comma + 2)..];
        }

        if (shape.IsBody(bare, asUnit) && !IsNotIssuer(bare))
        {
            var kept = bracket is not null && !IsAcronym(bracket) && office == name ? $"{bare} ({bracket})" : bare;
            return new Resolution(kept, "a body new to the directory, named on the page", NewEnglish) { Collective = shape.IsCollective(bare) };
        }

        return null;
    }

    private static bool StartsWithWords(string name, string prefix) =>
        prefix.Length > 0 && name.Length > prefix.Length && name.StartsWith(prefix + " ", StringComparison.Ordinal);

    /// <summary>The body behind a person's role ("Head of X", "Spokesperson for X"), without whom it is addressed to.</summary>
    private static string Office(string name)
    {
        var office = Role().Replace(name, string.Empty, 1);
        var addressed = office.IndexOf(" to the ", StringComparison.Ordinal);
        if (addressed > 0 && office.Length - addressed > 8 && Role().IsMatch(name))
        {
            office = office[..addressed];
        }

        return office.Trim();
    }

    private Resolution? Known(string text, IssuerScope scope) =>
        directory.Match(text, scope) is { } issuer && IsIssuer(issuer)
            ? new Resolution(issuer.DisplayName, "in the directory", FromDirectory) { Known = issuer }
            : null;

    /// <summary>A Burmese name the directory lacks, in English term by term; the page's English acronym checks it.</summary>
    private Resolution? Rendered(string name, string? acronym)
    {
        var rendered = burmese.Render(name);
        if (rendered is null || !rendered.EndsInHead)
        {
            return null;
        }

        if (!rendered.Complete)
        {
            return new Resolution(rendered.English, $"Burmese name '{name}' partly rendered in English ({string.Join(", ", rendered.Untranslated)} kept in Burmese)", PartlyRendered);
        }

        var check = acronym is null ? "" : BurmeseNames.Spells(rendered.English, acronym) ? $", matching its acronym {acronym}" : $"; its acronym {acronym} does not match";
        var quality = acronym is null ? NewBurmese : BurmeseNames.Spells(rendered.English, acronym) ? NewEnglish : PartlyRendered;
        return new Resolution(rendered.English, $"Burmese name '{name}' rendered in English{check}", quality);
    }

    /// <summary>"A, B and C": co-issuers, each named as the statement writes it unless only by acronym.</summary>
    private Resolution? Joint(string text, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope)
    {
        text = BurmesePlural().Replace(text, string.Empty);
        var parts = Partition(text, acronyms, scope) ?? Distributed(Pieces(text)).Select(p => (p, Single(p, acronyms, scope))).ToList();
        if (parts.Count < 2 || parts.Any(p => p.Resolution is null))
        {
            return null;
        }

        var named = parts.Select(p => p.Resolution!.Known is not null && !IsAcronym(p.Text) && !MyanmarScript.Contains(p.Text) && !HolderOf().IsMatch(p.Text) ? p.Resolution! with { Name = LeadingThe().Replace(SplitBracket(p.Text).Name, string.Empty) } : p.Resolution!).ToList();
        return new Resolution(CoIssuers.Join(named.Select(m => m.Name).ToList()), $"{named.Count} co-issuers", named.Min(m => m.Quality)) { Members = named };
    }

    private static List<string> Pieces(string text) =>
        [.. IssuerPhrases.CoIssuerSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>
    /// Co-issuers whose own names hold commas or "and" ("Ministry of Human Rights and Ministry of Women,
    /// Youths and Children Affairs"): from the left, the longest run of pieces that is a directory name,
    /// else one piece. Null unless every part is a directory name.
    /// </summary>
    private List<(string Text, Resolution? Resolution)>? Partition(string text, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope)
    {
        var separators = IssuerPhrases.CoIssuerSeparator().Matches(text);
        if (separators.Count == 0 || separators.Count > 20)
        {
            return null;
        }

        var starts = new List<int> { 0 };
        var ends = new List<int>();
        foreach (System.Text.RegularExpressions.Match m in separators)
        {
            ends.Add(m.Index);
            starts.Add(m.Index + m.Length);
        }

        ends.Add(text.Length);
        var parts = new List<(string, Resolution?)>();
        for (var i = 0; i < starts.Count;)
        {
            var found = false;
            for (var j = starts.Count - 1; j >= i && !found; j--)
            {
                var piece = text[starts[i]..ends[j]].Trim();
                if (piece.Length > 0 && Single(piece, acronyms, scope, allowNew: false) is { } known)
                {
                    parts.Add((piece, known));
                    i = j + 1;
                    found = true;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return parts;
    }

    /// <summary>
    /// "Kalay, Tamu and Mawlaik Township Strike Committees" is three committees: the words the last
    /// part adds after a name as long as the others are shared, in the singular.
    /// </summary>
    private List<string> Distributed(List<string> parts)
    {
        if (parts.Count < 2 || MyanmarScript.Contains(parts[^1]))
        {
            return parts;
        }

        var length = parts[0].Split(' ').Length;
        var last = parts[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (length > 2 || parts.Take(parts.Count - 1).Any(p => p.Split(' ').Length != length) || last.Length <= length + 1 || !last[^1].EndsWith('s') || !shape.IsHead(last[^1]))
        {
            return parts;
        }

        var shared = string.Join(' ', last.Skip(length).SkipLast(1).Append(Singular(last[^1])));
        return [.. parts.Take(parts.Count - 1).Select(p => $"{p} {shared}"), $"{string.Join(' ', last.Take(length))} {shared}"];
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word.EndsWith("ses", StringComparison.Ordinal) ? word[..^2] : word[..^1];

    /// <summary>"အရပ်ဘက်လူမှုအဖွဲ့အစည်း ၁၅၈ ဖွဲ့" → "158 Civil Society Organizations".</summary>
    private Resolution? BurmeseCounted(string text)
    {
        var m = IssuerPhrases.BurmeseCount().Match(text);
        if (!m.Success || burmese.Render(m.Groups["what"].Value) is not { Complete: true, EndsInHead: true } rendered)
        {
            return null;
        }

        var n = BurmeseDigits.ToAscii(m.Groups["n"].Value).Replace(",", string.Empty, StringComparison.Ordinal);
        var words = rendered.English.Split(' ');
        words[^1] = Plural(words[^1]);
        return new Resolution($"{n} {string.Join(' ', words)}", "a count of signatories, in the statement's own words (Burmese)", FromDirectory) { Collective = true };
    }

    private static string Plural(string word) =>
        word.EndsWith('s') ? word : word.EndsWith('y') && !word.EndsWith("ay", StringComparison.Ordinal) ? word[..^1] + "ies" : word + "s";

    /// <summary>
    /// The junta and its organs are named in many statements and issue none of this bulletin's items:
    /// a name that is one of them, or contains one ("Military Council forces", "စစ်ကောင်စီတပ်များ").
    /// </summary>
    private bool IsNotIssuer(string name)
    {
        var key = IssuerName.Normalise(name);
        return _notIssuers.Any(n => key == n || (" " + key + " ").Contains(" " + n + " ", StringComparison.Ordinal) || (MyanmarScript.Contains(n) && key.Contains(n, StringComparison.Ordinal)));
    }

    /// <summary>"Press Team, Yangon University Students' Union" speaks as the union itself; an information department that issues is named with it.</summary>
    private string WithoutMouthpiece(string text)
    {
        foreach (var unit in naming.Mouthpieces)
        {
            if (text.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && text.Length > unit.Length + 3)
            {
                var rest = OfOrComma().Replace(text[unit.Length..], string.Empty, 1).Trim();
                if (rest.Length > 2 && rest.Length < text.Length - unit.Length)
                {
                    return rest;
                }
            }

            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase) && text.Length > unit.Length + 3)
            {
                var rest = text[..^unit.Length].TrimEnd().TrimEnd(',', '-', '–', '(', '၊').Trim();
                if (rest.Length > 2)
                {
                    return rest;
                }
            }
        }

        return text;
    }

    /// <summary>"undersigned 34 civil society organisations" → "34 Civil Society Organisations".</summary>
    private static Resolution? Counted(string text)
    {
        var m = IssuerPhrases.CountedSignatories().Match(BurmeseDigits.ToAscii(text));
        if (!m.Success || m.Index > 12 || m.Index + m.Length < text.Length - 2)
        {
            return null;
        }

        var what = Undersigned().Replace(m.Groups["what"].Value, string.Empty);
        return new Resolution($"{m.Groups["n"].Value} {NameCase.Titled(what)}", "a count of signatories, in the statement's own words", FromDirectory) { Collective = true };
    }

    /// <summary>"Ambassadors of Australia, Canada … and the United States" → "The Ambassadors (Australia, … and the United States)".</summary>
    private static Resolution? Ambassadors(string text)
    {
        var m = AmbassadorsOf().Match(text);
        return m.Success
            ? new Resolution($"The Ambassadors ({m.Groups["countries"].Value.Trim().TrimEnd(',')})", "a joint statement of ambassadors", FromDirectory) { Collective = true }
            : null;
    }

    /// <summary>A directory body inside a longer line ("Press and information team of the EU Delegation to Myanmar").</summary>
    private Resolution? Contained(string text, MentionSignal signal, IssuerScope scope)
    {
        if (signal is MentionSignal.Title or MentionSignal.Opening or MentionSignal.OpeningWords || directory.FindIn(text, scope) is not { } issuer || !IsIssuer(issuer))
        {
            return null;
        }

        return new Resolution(issuer.DisplayName, $"names {issuer.Name}", Inside) { Known = issuer };
    }

    /// <summary>News outlets report and repost; an outlet is never an item's issuer.</summary>
    private static bool IsIssuer(Issuer issuer) => issuer.Category != IssuerCategory.Media;

    private static (string Name, string? Bracket) SplitBracket(string text)
    {
        var m = Bracketed().Match(text);
        return m.Success ? (m.Groups["name"].Value.Trim(), m.Groups["inner"].Value.Trim()) : (text, null);
    }

    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 14 && !text.Contains(' ') && text.Count(char.IsUpper) >= 2 && !text.Any(char.IsLower) || MixedAcronym().IsMatch(text);

    private static string Clean(string text)
    {
        var t = text.Trim().Trim('"', '\'', '“', '”', '‘', '’', '«', '»').Trim();
        t = LeadIn().Replace(t, string.Empty);
        t = TrailingDate().Replace(t, string.Empty);
        t = Via().Replace(t, string.Empty);
        var cut = t.IndexOfAny(['·', '|', '•']);
        if (cut > 2)
        {
            t = t[..cut];
        }

        return t.Trim().TrimEnd('.', ',', ';', ':', '၊', '။', '-', '–', '—').Trim();
    }

    /// <summary>A name written in capitals ("MAGWAY REGION STRIKE COORDINATION BODY") as editors print it; any other kept as written.</summary>
    private static string Uncapped(string name) =>
        name.Any(char.IsLetter) && !name.Any(char.IsLower) && name.Contains(' ', StringComparison.Ordinal) ? NameCase.Titled(name.ToLowerInvariant()) : name;

    [GeneratedRegex(@"\bundersigned\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Undersigned();

    // "Wetlet Township Strike Committee via Facebook": the channel is not part of the name.
    [GeneratedRegex(@"\s+via\s+\S.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Via();

    [GeneratedRegex(@"^\s*(?:,|of\s+the|of|–|-|:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OfOrComma();

    // "… နှင့် … တို့": the plural marker closing a Burmese list of bodies.
    [GeneratedRegex(@"\s*တို့(?=\s*$|\s*၏)")]
    private static partial Regex BurmesePlural();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:acting|deputy|interim|vice|executive|regional|country|general|press|chief|senior)\s+)*(?:head|chair|chairperson|chairman|chairwoman|director|president|spokesperson|spokesman|spokeswoman|representative|coordinator|secretary|commissioner|minister|leader|chief|officer|convenor|convener)s?\s+(?:of|for|to)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    // "UNICEF Executive Director Henrietta Fore": a body, one of its offices, the person holding it.
    [GeneratedRegex(@"^(?<body>\S.{0,80}?)\s+(?:(?:acting|deputy|interim|vice|regional|country|chief)\s+)*(?:executive\s+director|director-general|director\s+general|secretary-general|secretary\s+general|high\s+commissioner|special\s+rapporteur|special\s+envoy|spokesperson|spokesman|spokeswoman|chair(?:person|man|woman)?|president|representative|resident\s+coordinator|coordinator|minister)\s+(?!(?:for|of|on|to|in|and|at)\b)(?:(?:dr|mr|ms|mrs|h\.?e)\.?\s+)?\p{Lu}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex HolderOf();

    [GeneratedRegex(@"^(?<body>\S+(?:\s+\S+){0,6}?)\s+(?<unit>(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:District|Township)|(?:Brigade|Battalion)\s*(?:No\.?\s*)?\d+)$", RegexOptions.None, 1000)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^(?:the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:(?:posted|written|published|issued|released|signed|endorsed|issued\s+jointly|jointly\s+issued)\s+by\s*:?\s*|by\s+|from\s+|on behalf of\s+|contacts?\s*[:：–-]\s*|(?:source|published\s+by|issued\s+by|author|ရင်းမြစ်|ထုတ်ပြန်သူ)\s*[:：–-]\s*|for (?:more|further) information[^:]{0,30}:\s*|ဆက်သွယ်ရန်\s*[:：–-]?\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"[\s,–—-]+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[၀-၉]{1,2}[./][၀-၉]{1,2}[./][၀-၉]{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\s*$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<inner>[^()]{1,60})\)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:the\s+)?(?:ambassadors|heads\s+of\s+missions?|envoys|chiefs\s+of\s+mission)(?:\s+and\s+[\p{L}' ]{3,40}?)?\s+of\s+(?<countries>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AmbassadorsOf();

    // "FORUM-ASIA", "ALTSEAN-Burma", "SAC-M": acronyms with a hyphenated part.
    [GeneratedRegex(@"^\p{Lu}{2,}(?:-\p{Lu}[\p{L}]*)+$")]
    private static partial Regex MixedAcronym();
}
