using System.Text.RegularExpressions;

namespace Bulletin.Core.Classification;

/// <summary>
/// The words that mark what an item is. Kept apart from the classifier so the lists can grow
/// without touching the order in which signals are trusted. Labels are short category names and
/// must match whole; titles are matched on telling phrases only, since a statement's title may
/// mention "events" or "news" in passing.
/// </summary>
internal static partial class KindRules
{
    /// <summary>Whole labels (categories, badges, eyebrows) of things that are not for the bulletin.</summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedLabels =
    [
        ("event", Whole(@"events?|media advisor(?:y|ies)|webinars?|seminars?|workshops?|conferences?|press conferences?|upcoming events?|event notices?|invitations?")),
        ("vacancy", Whole(@"careers?|jobs?|vacanc(?:y|ies)|job openings?|opportunities|work with us|internships?")),
        ("advisory", Whole(@"travel advisor(?:y|ies)|security alerts?|alerts?|health alerts?")),
        ("briefing", Whole(@"special briefings?|background briefings?|press briefings?|department press briefings?|transcripts?")),
        ("news", Whole(@"news round-?ups?|round-?ups?|weekly round-?ups?|in the news|media coverage|newsletters?|digest")),
        ("commentary", Whole(@"op-?eds?|opinions?|commentar(?:y|ies)|editorials?|explainers?|blogs?|podcasts?|interviews?|analysis")),
        ("petition", Whole(@"petitions?|take action|campaign actions?")),
    ];

    /// <summary>Telling phrases in titles of things that are not for the bulletin.</summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedTitles =
    [
        ("event", Start(@"media advisory|save the date|invitation|webinar|seminar|workshop|symposium|film screening|screening|panel discussion|press conference|launch event|event|exhibition|join us")),
        ("event", Anywhere(@"\((?:[A-Z][\p{L}. ]+, )?\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?\)|\((?:[A-Z][\p{L}. ]+, )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?\)|\bto brief journalists\b|\bpress conference on\b")),
        ("vacancy", Start(@"job opening|job opportunity|vacancy|we are hiring|we're hiring|call for applications|call for consultants?|internship|terms of reference|position:")),
        ("advisory", Start(@"travel advisory|security alert|health alert|demonstration alert")),
        ("briefing", Start(@"background briefing|special briefing|department press briefing|press briefing with|transcript")),
        ("news", Anywhere(@"\bnews round-?up\b|\bround-?up\b|^this week in\b|\bweekly (?:news|digest)\b|\bnews digest\b|\bnewsletter\b")),
        ("commentary", Start(@"q ?& ?a|op-?ed|opinion|commentary|editorial|explainer|podcast|in pictures|interview")),
        ("petition", Start(@"sign the petition|petition|take action")),
    ];

    /// <summary>URL path segments of things that are not for the bulletin.</summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedPaths =
    [
        ("event", Path(@"events?|media-advisor(?:y|ies)|webinars?|seminars?")),
        ("vacancy", Path(@"careers?|jobs?|vacanc(?:y|ies)|opportunities")),
        ("advisory", Path(@"travel-advisor(?:y|ies)|alerts?")),
        ("commentary", Path(@"opinions?|op-?eds?|blogs?|podcasts?")),
    ];

    /// <summary>Whole labels of reports.</summary>
    public static readonly Regex ReportLabel = Whole(@"reports?|research(?: reports?)?|publications?|briefing papers?|policy briefs?|situation (?:reports?|updates?)|flash updates?|data|datasets?|fact ?sheets?|submissions?|studies|working papers?|အစီရင်ခံစာ(?:များ)?");

    /// <summary>Title openings and words of reports.</summary>
    public static readonly Regex ReportTitle = Anywhere(@"^(?:report|briefing paper|briefing note|policy brief|research paper|fact ?sheet|situation (?:report|update)|data release|submission)\b|\bflash update\b|\b(?:situation|monthly|bi-?weekly|weekly|quarterly|annual) (?:report|update)\b|\[report\]|\(report\b|\breport(?:,)? pdf\b");

    /// <summary>Whole labels of statements and press releases.</summary>
    public static readonly Regex StatementLabel = Whole(@"statements?|joint statements?|press releases?|press statements?|news releases?|media releases?|open letters?|declarations?|ထုတ်ပြန်ချက်(?:များ)?|ကြေညာချက်(?:များ)?");

    /// <summary>Titles that call the item a statement, which a document's file format does not overrule.</summary>
    public static readonly Regex StatementTitle = Anywhere(@"^(?:joint |press )?statement\b|\b(?:press|joint) statement\b|\bpress release\b|ထုတ်ပြန်ချက်|ကြေညာချက်");

    /// <summary>Reported speech, the mark of journalism rather than of an organisation speaking for itself.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|according to|reportedly|residents say|witnesses)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReportedSpeech();

    /// <summary>An organisation speaking in its own voice.</summary>
    [GeneratedRegex(@"\b(?:we|our|undersigned)\b|\b(?:condemns?|urges?|calls? (?:on|upon|for)|demands?|welcomes?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OwnVoice();

    private static Regex Whole(string alternatives) => Make($@"^\s*(?:{alternatives})\s*$");

    private static Regex Start(string alternatives) => Make($@"^\s*(?:{alternatives})(?![\p{{L}}\p{{N}}])");

    private static Regex Anywhere(string pattern) => Make(pattern);

    private static Regex Path(string segments) => Make($@"/(?:{segments})(?:/|$)");

    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
