using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// Phrases in which a title or an opening sentence names who speaks ("Statement by …", "… condemns …",
/// "We, the …, call on …"). They find where a name sits; whether the words name a body is decided when
/// the mention is resolved.
/// </summary>
public static partial class IssuerPhrases
{
    private const string Verbs =
        @"condemns?|welcomes?|urges?|calls?\s+(?:on|upon|for)|is\s+calling|demands?|denounces?|deplores?|expresse?s?|launche?s?|releases?|publishe?s?|rejects?|stands?|"
        + @"(?:is|are)\s+(?:deeply|gravely|extremely|greatly|seriously)|(?:is|are)\s+(?:alarmed|appalled|shocked|saddened|concerned|outraged|horrified|disturbed|dismayed)|"
        + @"(?:has|have)\s+(?:issued|released|learned|received|decided|condemned|called)|"
        + @"strongly|firmly|jointly|hereby|today|reiterates?|reaffirms?|mourns?|extends?|notes?|joins?|appeals?|warns?|applauds?|announces?|declares?|affirms?|"
        + @"protests?|opposes?|objects?|mourns?|salutes?|congratulates?|recogni[sz]es?|remembers?|commemorates?|submits?|wishes|would\s+like|wants";

    /// <summary>"Joint Statement of A, B and C on …", "Statement by X regarding …", "Press release of X:".</summary>
    [GeneratedRegex(@"^(?:\([^)]{1,40}\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?i:joint |press |public |urgent )?(?i:statement|press release|press statement|declaration|open letter|appeal|announcement|communiqu[ée])s? (?i:of|by|from|issued by) (?i:the )?(?<who>.+?)(?:\s+(?i:on|regarding|concerning|about|in response to|to mark|condemning|calling|over|ahead of|following|after|marking|welcoming|urging)\b|\s*[:–—|]\s|\s+-\s|$)", RegexOptions.None, 1000)]
    public static partial Regex StatementBy();

    /// <summary>"G7 Foreign Ministers' Statement on …", "AAPP Statement on …", "[APHR] …": a body, then what it issued.</summary>
    [GeneratedRegex(@"^(?:\[(?<who>[^\]]{2,30})\]|(?:the )?(?<who>[^,:;–—|]{2,100}?)(?:'s?|’s?)? (?:joint )?(?:press )?(?:statement|press release|announcement|declaration|open letter)\b)", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex NamedStatement();

    /// <summary>"ကချင်လွတ်မြောက်ရေးအဖွဲ့ (KIO) ထုတ်ပြန်ချက်": a Burmese title naming a body before the word for statement or announcement.</summary>
    [GeneratedRegex(@"^(?<who>[^-–—:]{2,120}?)\s*(?:၏\s*)?(?:ပူးတွဲ)?(?:သဘောထား)?(?:ထုတ်ပြန်ကြေညာချက်|ထုတ်ပြန်ချက်|ကြေညာချက်|သတင်းထုတ်ပြန်ချက်)", RegexOptions.None, 1000)]
    public static partial Regex BurmeseStatementOf();

    /// <summary>"X condemns …", "X is deeply shocked …" at the start of a title or a first sentence.</summary>
    [GeneratedRegex(@"^(?:(?:the )?(?<who>[^,.;:!?()]{2,120}?)(?:\s*\((?<acr>[^()]{2,20})\))?,?) (?:" + Verbs + @")\b", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex SubjectVerb();

    /// <summary>"We, the X, call on …", "We, the undersigned 59 organizations, …", "We, X and Y, …".</summary>
    [GeneratedRegex(@"^(?:[Ww]e|[Uu]s),\s+(?:the\s+)?(?<who>.{2,600}?),\s+(?!(?:the|and|a|an|of|in|on)\b)\p{Ll}", RegexOptions.None, 1000)]
    public static partial Regex WeThe();

    /// <summary>"59 Civil Society Organizations", "32 Karenni community organisations" as a statement names its signatories.</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,4})\s+(?<what>(?:[\p{L}'’-]+\s+){0,5}?(?:organi[sz]ations|groups|networks|CSOs|communities|unions|parties|associations|committees|bodies|movements|coalitions|alliances|councils|institutions|entities|signatories|members|NGOs|INGOs|students'?\s+unions|organi[sz]ations\s+and\s+individuals))\b", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex CountedSignatories();

    /// <summary>"the undersigned organizations", "undersigned civil society groups": what a statement calls its signatories when it does not count them.</summary>
    [GeneratedRegex(@"\bundersigned\s+(?<what>(?:[\p{L}'’-]+\s+){0,4}?(?:organi[sz]ations|groups|networks|CSOs|communities|unions|parties|associations|committees|bodies|movements|coalitions|alliances|councils|institutions|entities|NGOs|INGOs))\b", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex Undersigned();

    /// <summary>"အရပ်ဘက်လူမှုအဖွဲ့အစည်း ၁၅၈ ဖွဲ့": a Burmese count of bodies (what, then how many, then the counter word).</summary>
    [GeneratedRegex(@"^(?<what>[\u1000-\u109F][\u1000-\u109F ]*?)\s*(?<n>[၀-၉0-9][၀-၉0-9,]*)\s*(?:ဖွဲ့|ခု|သင်း|ရပ်)(?:တို့)?$", RegexOptions.None, 1000)]
    public static partial Regex BurmeseCount();

    /// <summary>Splits co-issuers written "A, B and C" or "A &amp; B".</summary>
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*၊\s*|\s*နှင့်\s*", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex CoIssuerSeparator();

    /// <summary>A dateline before the first sentence: "YANGON, 10 October 2023 –", "GENEVA (30 January 2024) –".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\p{M} .'’/]{1,40}(?:\s*\([^)]{0,40}\)|,[^–—\-]{0,40})?\s*[–—-]+\s*", RegexOptions.None, 1000)]
    public static partial Regex Dateline();

    /// <summary>"This statement was issued by our member organization, X (ACR)."</summary>
    [GeneratedRegex(@"\b(?:(?:this|the\s+following|the\s+above|the)\s+(?:joint\s+)?(?:statement|press\s+release|letter|open\s+letter|report|announcement|appeal)\s+(?:was|is|has\s+been)|(?:text|copy)\s+of\s+an?\s+(?:joint\s+|press\s+)*(?:statement|press\s+release|release|letter|announcement))\s+(?:jointly\s+)?(?:issued|released|published|written|signed|prepared|produced)\s+by\s+(?:our\s+(?:member|partner)(?:\s+organi[sz]ation)?,?\s+|(?:the\s+)?(?:member|partner)\s+organi[sz]ation,?\s+)?(?:the\s+)?(?<who>.{2,160}?)(?:\s+(?:on|in|at)\s+\d|(?<!\b\p{Lu})[.;:](?:\s|$)|$)", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex IssuedBy();

    /// <summary>The capitalised words a sentence opens on, before its first lower-case word ("Myanmar Airwatch Collective (MAC) counted …").</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?<who>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of|for|and|the|on|in|&|\p{Lu}[\p{L}\p{M}'’.-]*))*?(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s*\([\p{Lu}\p{N}&.-]{2,14}\))?)\s+(?!(?:of|for|and|the|on|in)\b)\p{Ll}", RegexOptions.None, 1000)]
    public static partial Regex OpeningWords();

    /// <summary>
    /// A Burmese sentence whose subject comes first: "&lt;body&gt; (ACR) သည် …", "&lt;body&gt;က …",
    /// "&lt;body&gt;အနေဖြင့် …": the words before the first subject marker, which may be written onto the
    /// last word of the name.
    /// </summary>
    [GeneratedRegex(@"^(?:ကျွန်ုပ်တို့\s*|ကျွန်တော်တို့\s*)?(?<who>(?:[^\s,.;:!?၊။()]+\s+){0,5}?[^\s,.;:!?၊။()]+?)\s*(?:\((?<acr>[A-Za-z][A-Za-z0-9&.-]{1,14})\))?\s*(?:တို့)?(?:သည်|က|၏|အနေဖြင့်|အနေနှင့်)(?=\s|$)", RegexOptions.None, 1000)]
    public static partial Regex BurmeseSubject();
}
