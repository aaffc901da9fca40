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
    [GeneratedRegex(@"^(?i:joint |press |public |urgent )?(?i:statement|press release|press statement|declaration|open letter|appeal|announcement|communiqu[ée])s? (?i:of|by|from|issued by) (?i:the )?(?<who>.+?)(?:\s+(?i:on|regarding|concerning|about|in response to|to mark|condemning|calling|over|ahead of|following|after|marking|welcoming|urging)\b|\s*[:–—|]\s|\s+-\s|$)", RegexOptions.None, 1000)]
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
    [GeneratedRegex(@"^(?:we|us),?\s+(?:the\s+)?(?<who>.{2,600}?),?\s+(?:(?:strongly|firmly|jointly|hereby|today|also|collectively|unequivocally|once again|would like to)\s+)*(?:condemn|call|urge|express|welcome|demand|denounce|deplore|reject|stand|issue|release|write|appeal|submit|are|have|wish|support|oppose|protest|mourn|extend|reiterate|reaffirm|note|declare|affirm|recogni[sz]e|believe|remain|join|share|request|raise|strongly|firmly)\b", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex WeThe();

    /// <summary>"59 Civil Society Organizations", "32 Karenni community organisations" as a statement names its signatories.</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,4})\s+(?<what>(?:[\p{L}'’-]+\s+){0,5}?(?:organi[sz]ations|groups|networks|CSOs|communities|unions|parties|associations|committees|bodies|movements|coalitions|alliances|councils|institutions|entities|signatories|members|NGOs|INGOs|students'?\s+unions|organi[sz]ations\s+and\s+individuals))\b", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex CountedSignatories();

    /// <summary>Splits co-issuers written "A, B and C" or "A &amp; B".</summary>
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*၊\s*|\s+နှင့်\s*", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex CoIssuerSeparator();

    /// <summary>A dateline before the first sentence: "YANGON, 10 October 2023 –", "GENEVA (30 January 2024) –".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\p{M} .'’/]{1,40}(?:\s*\([^)]{0,40}\)|,[^–—\-]{0,40})?\s*[–—-]+\s*", RegexOptions.None, 1000)]
    public static partial Regex Dateline();

    /// <summary>A Burmese sentence whose subject comes first: "&lt;body&gt; (ACR) သည် …" or "&lt;body&gt; က …".</summary>
    [GeneratedRegex(@"^(?<who>[^\s,.;:!?၊။]{2,60}(?:\s+[^\s,.;:!?၊။]{1,60}){0,5}?)\s*(?:\((?<acr>[A-Za-z][A-Za-z0-9&.-]{1,14})\))?\s*(?:သည်|က)(?=\s|$)", RegexOptions.None, 1000)]
    public static partial Regex BurmeseSubject();
}
