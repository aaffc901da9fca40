using System.Text.RegularExpressions;

namespace Bulletin.Core.Classification;

/// <summary>Phrases in which a title or an opening names who speaks ("Statement by …", "… condemns …").</summary>
internal static partial class IssuerPhrases
{
    /// <summary>"Joint Statement of A, B and C on …", "Statement by X regarding …", "Press release of X:".</summary>
    [GeneratedRegex(@"^(?:joint |press |public )?(?:statement|press release|declaration|open letter)s? (?:of|by|from) (?:the )?(?<who>.+?)(?:\s+(?:on|regarding|concerning|about|in response to|at|to mark|condemning|calling)\b|\s*[:–—-]\s|$)", RegexOptions.IgnoreCase)]
    public static partial Regex StatementBy();

    /// <summary>"G7 Foreign Ministers' Statement on …", "Security Council Press Statement on …", "AAPP Statement on …": a body, then what it issued.</summary>
    [GeneratedRegex(@"^(?:the )?(?<who>[^,:;–—]{2,100}?)(?:'s?|’s?)? (?:joint )?(?:press )?(?:statement|press release)\b", RegexOptions.IgnoreCase)]
    public static partial Regex NamedStatement();

    /// <summary>"ကချင်လွတ်မြောက်ရေးအဖွဲ့ (KIO) ထုတ်ပြန်ချက်": a Burmese title naming a body before the word for statement or announcement.</summary>
    [GeneratedRegex(@"^(?<who>[^-–—:]{2,120}?)\s*(?:၏\s*)?(?:ပူးတွဲ)?(?:ထုတ်ပြန်ကြေညာချက်|ထုတ်ပြန်ချက်|ကြေညာချက်)")]
    public static partial Regex BurmeseStatementOf();

    /// <summary>"X condemns …", "X welcomes …", "X urges …" at the start of a title or an opening.</summary>
    [GeneratedRegex(@"^(?:(?:[A-Z][A-Z ]+|[\p{L} ]+)\s[–—-]\s)?(?:the )?(?<who>[^,.;:]{2,120}?) (?:strongly |firmly |today |hereby )?(?:condemns?|welcomes?|urges?|calls (?:on|upon|for)|is calling|demands?|denounces?|deplores?|expresses|launches|releases|publishes|rejects?|stands)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SubjectVerb();

    /// <summary>"59 Civil Society Organizations", "32 Karenni Community Organizations" as a statement names its signatories.</summary>
    [GeneratedRegex(@"\b(?<n>\d{2,4})\s+(?<what>(?:[A-Z][\p{L}'-]*\s+){0,4}(?:Organi[sz]ations|Groups|Networks|CSOs|Civil Society Organi[sz]ations|Communities|Unions|Parties))\b")]
    public static partial Regex CountedSignatories();

    /// <summary>Splits co-issuers written "A, B and C" or "A &amp; B".</summary>
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    public static partial Regex CoIssuerSeparator();
}
