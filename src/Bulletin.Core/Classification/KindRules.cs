using System.Text.RegularExpressions;

namespace Bulletin.Core.Classification;

/// <summary>
/// The words that mark what an item is, following the editors' rules (<c>EDITORIAL.md</c>: what goes
/// in, what is left out). Kept apart from the classifier so the lists can grow without touching the
/// order in which signals are trusted. Labels are short category names and must match whole; titles
/// are matched on telling phrases only, since a statement's title may mention "events" or "news".
/// </summary>
internal static partial class KindRules
{
    /// <summary>
    /// Whole labels (categories, badges, eyebrows, content types) of things that are not for the bulletin.
    /// "News" alone, in English or Burmese (သတင်း), is not among them: it is the default category of
    /// many sites, statements included.
    /// </summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedLabels =
    [
        ("event", Whole(@"events?|media advisor(?:y|ies)|webinars?|seminars?|workshops?|conferences?|press conferences?|upcoming events?|event notices?|invitations?|ဖိတ်ကြားလွှာ(?:များ)?|ပွဲ(?:များ)?")),
        ("vacancy", Whole(@"careers?|jobs?|vacanc(?:y|ies)|job openings?|job opportunities|opportunities|work with us|internships?|calls? for (?:proposals|applications)|grants?|အလုပ်ခေါ်စာ(?:များ)?|အလုပ်အကိုင်(?:များ)?")),
        ("advisory", Whole(@"travel advisor(?:y|ies)|security alerts?|alerts?|health alerts?")),
        ("briefing", Whole(@"readouts?|special briefings?|background briefings?|press briefings?|daily briefings?|daily press briefings?|noon briefings?|department press briefings?|transcripts?|daily news|news briefs?|နေ့စဉ်သတင်း(?:များ)?|သတင်းအကျဉ်း(?:များ)?")),
        ("news", Whole(@"news round-?ups?|round-?ups?|weekly round-?ups?|in the news|media coverage|digest|stor(?:y|ies)|features?|photo stor(?:y|ies)|news stor(?:y|ies)")),
        ("commentary", Whole(@"op-?eds?|opinions?|commentar(?:y|ies)|editorials?|explainers?|blogs?|podcasts?|interviews?|analysis|poems?|poetry")),
        ("petition", Whole(@"petitions?|take action|campaign actions?|action alerts?")),
        ("fundraising", Whole(@"donate|donations?|fundraising|appeals? for (?:funds|donations)|အလှူ(?:ငွေ)?")),
        ("notice", Whole(@"site notices?")),
    ];

    /// <summary>Telling phrases in titles of things that are not for the bulletin.</summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedTitles =
    [
        ("event", Start(@"media advisory|save the date|invitation|webinar|seminar|workshop|symposium|film screening|screening|panel discussion|press conference|launch event|event|exhibition|join us|online discussion|information session|ဖိတ်ကြားခြင်း|ဖိတ်ကြားလွှာ")),
        ("event", Anywhere(@"\((?:[A-Z][\p{L}. ]+, )?\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?\)|\((?:[A-Z][\p{L}. ]+, )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?\)|\bto brief journalists\b|\bpress conference\b|\bconsultation meetings?\b|\binformation session\b|\bonline discussion\b|သတင်းစာရှင်းလင်းပွဲ|ပါဝင်ဆင်နွှဲရန်|ဖိတ်ခေါ်|အစည်းအဝေး.{0,30}ကျင်းပမည်|ကျင်းပမည့်\s*အကြောင်း|ချီတက်မည့်|ချီတက်မည်")),
        ("vacancy", Start(@"job opening|job opportunity|vacancy|we are hiring|we're hiring|call for applications|call for consultants?|internship|terms of reference|position:|အလုပ်ခေါ်စာ|ဝန်ထမ်းခေါ်ယူ")),
        ("vacancy", Anywhere(@"\bvacanc(?:y|ies)\b|\bcalls? for (?:proposals|applications|submissions|nominations|expressions of interest|consultants?|volunteers?|volunteer [\p{L}]+)\b|\bwe are hiring\b|\bjob announcement\b|\brecruitment of (?:an? |\d+ )?(?:local |national |international )?(?:staff|officers?|consultants?|interns?|assistants?|coordinators?|positions?)\b|လျှောက်လွှာခေါ်ယူ|ဝန်ထမ်းခေါ်ယူ|အလုပ်ခေါ်")),
        ("advisory", Start(@"travel advisory|security alert|health alert|demonstration alert|overseas safety information|safety information")),
        ("advisory", Anywhere(@"\btravel (?:advisory|advice)\b|\bsecurity alert\b")),
        ("briefing", Start(@"background briefing|special briefing|department press briefing|press briefing|transcript|daily briefing|daily press briefing|highlights of the noon briefing|noon briefing")),
        ("briefing", Anywhere(@"\bdaily (?:press )?briefing\b|\bnoon briefing\b|\bpress briefing\b|\bdaily (?:news |situation )?brief\b|\bnews brief\b|နေ့စဉ်\s*သတင်း|သတင်းအကျဉ်း")),
        // "Minister X Meets Members of the European Parliament": a story about a meeting, not a statement.
        ("news", Start(@"(?:(?:deputy |acting |prime |foreign |union )?minister|president|acting president|prime minister|ambassador|spokesperson|chair(?:man|person)?|secretary|special envoy|high commissioner|(?:[\p{L}'’.-]+ ){0,3}(?:delegation|leaders|officials))\b[^:]{0,80}?\b(?<!\b(?:must|should|to|will|shall|would|could|can|cannot|not|never)\s)(?:meets?|met|visits?|visited|attends?|attended|holds talks|held talks|receives|received|addresses|addressed|speaks at|spoke at|hands? over|handed over|donates?|donated)\b")),
        // A readout of a meeting ("Deputy Secretary X's Meeting with Minister Y") tells who met whom.
        ("briefing", Anywhere(@"\breadout\b|['’]s meeting with\b")),
        // A daily news digest named by its date ("BurmaNet News: July 12, 2024").
        ("news", Anywhere(@"^[^:]{2,40}\bnews\s*[:–-]\s*(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")),
        // Coverage of the body elsewhere ("X in the media: …") is not a statement of its own.
        ("news", Anywhere(@"^[^:]{0,40}\bin the (?:media|news)\b")),
        // Burmese news headlines open on "today" and tell what happened: "ယနေ့ … ထွက်ခဲ့".
        ("news", Start(@"ယနေ့")),
        ("news", Anywhere(@"\bnews round-?up\b|\bround-?up\b|^this week in\b|(?<!\bsituation\s)(?<![\p{L}-])weekly (?:news|digest|highlights|update|round-?up|review)\b|\bnews digest\b|\bhighlights of the week\b")),

        // A numbered newsletter ("Issue #11") is a report; an unnumbered one is a campaign update.
        ("news", Anywhere(@"\bnewsletter\b(?!.{0,40}(?:\bissue\b|\bno\.|#|\bvol\b|\bvolume\b|\bnumber\b)\s*\d)(?<!(?:\bissue\b|\bno\.|#)\s*\d+.{0,40}newsletter)|သတင်းလွှာ(?!.{0,20}(?:အမှတ်|\d|[၀-၉]))")),
        ("commentary", Start(@"q ?& ?a|op-?ed|opinion|commentary|editorial|explainer|podcast|in pictures|interview")),
        ("petition", Start(@"sign the petition|petition|take action|action alert")),
        ("fundraising", Anywhere(@"^support (?:[\p{L}-]+['’]s |our |the )?(?:emergency |urgent )?(?:relief|appeal|fundraising|campaign|fund)\b|\bappeal for (?:donations|funds|support)\b|\bdonat(?:e|ions?)\b|\bfundrais|\bcrowdfund|အလှူငွေ|အလှူခံ|ရန်ပုံငွေ ?ကောက်ခံ|ရန်ပုံငွေ ?ရှာ")),
        ("notice", Start(@"notice\b|site notice|our website has moved|website maintenance|office closed|ဝက်ဘ်ဆိုက်")),
        ("notice", Anywhere(@"\boffice (?:will be )?closed\b|\bwebsite has moved\b|\bnew (?:website|facebook page)\b|facebook\s*စာမျက်နှာ|ပြုပြင်ထိန်းသိမ်း")),
    ];

    /// <summary>
    /// URL path segments of things that are not for the bulletin. A single "blog" is not among them (some
    /// site builders post everything under /blog/), nor "stories" (UN Women files statements there).
    /// </summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedPaths =
    [
        ("event", Path(@"events?|media-advisor(?:y|ies)|webinars?|seminars?")),
        ("vacancy", Path(@"careers?|jobs?|vacanc(?:y|ies)|opportunities")),
        ("advisory", Path(@"travel-advisor(?:y|ies)|alerts?")),
        ("commentary", Path(@"opinions?|op-?eds?|podcasts?|blogs")),
        ("fundraising", Path(@"donate|donations?|appeals?/donate")),
    ];

    /// <summary>
    /// What the text itself says a page is, when title and labels do not: a page asking for money, for
    /// applications or for signatures. Each needs two different phrases of its kind.
    /// </summary>
    public static readonly (string Category, Regex Pattern)[] ExcludedBodies =
    [
        ("fundraising", Anywhere(@"\bdonate now\b|\bbank transfer\b|\baccount (?:no\.?|number)\b|\bSWIFT\b|\bKPay\b|\bPayPal\b|\bevery dollar\b|\bdonations? (?:can|may) be\b|\bplease donate\b|လှူဒါန်းနိုင်|အလှူငွေ|ငွေလွှဲ")),
        ("vacancy", Anywhere(@"\bcandidates? must\b|\bqualifications?\b|\bsend (?:your )?(?:cv|applications?)\b|\bapplications? (?:must|should) be\b|\bapply by\b|\bis recruiting\b|\bwe are recruiting\b|\bsalary\b|\bjob description\b|လျှောက်လွှာ|ခန့်အပ်လို|ခေါ်ယူမည်|လျှောက်ထားနိုင်")),
        ("petition", Anywhere(@"\bsign (?:this|the|our) petition\b|\bhave signed\b|\bsignatures?\b.{0,40}\bpetition\b|\bpetition\b.{0,40}\bsignatures?\b|\bstarted by\b")),
    ];

    /// <summary>Whole labels of reports.</summary>
    public static readonly Regex ReportLabel = Whole(@"reports?|(?:human rights|research|thematic|country|annual|special|investigative) reports?|research|publications?|briefing papers?|policy briefs?|situation (?:reports?|updates?)|flash updates?|data|datasets?|data briefs?|fact ?sheets?|submissions?|studies|working papers?|newsletters?|bulletins?|monthly reports?|monthly updates?|chronolog(?:y|ies)|အစီရင်ခံစာ(?:များ)?|သုတေသန|သတင်းလွှာ(?:များ)?");

    /// <summary>Title openings and words of reports, numbered newsletters and bulletins among them ("Issue #11", "Update No. 33").</summary>
    public static readonly Regex ReportTitle = Anywhere(@"^(?:report|briefing paper|briefing note|policy brief|research paper|fact ?sheet|situation (?:report|update)|data release|data brief|submission|newsletter)\b|\bflash update\b|\b(?:situation|monthly|bi-?weekly|weekly|quarterly|annual|emergency|humanitarian) (?:report|update|bulletin|newsletter|review|overview)s?\b|\[report\]|\(report\b|\breport(?:,)? pdf\b|\bnewsletter\b|\bbulletin\b.{0,30}\b(?:issue|no\.?|#)|\b(?:issue|vol\.?|volume) ?(?:#|no\.? ?)?\d+\b|\b(?:update|report|bulletin|brief) no\.? ?\d+\b|\bchronology\b|,\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s*[–—-]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+\d{4}\s*$|\bdigest,? issue\b|\b(?:incident|field|thematic|research|investigation|investigative|briefing|human rights|documentation|monitoring) report\b|အစီရင်ခံစာ|သတင်းလွှာ|လစဉ်\s*(?:အစီရင်ခံစာ|မှတ်တမ်း)|မှတ်တမ်း(?:များ)?\s*$|သုတေသန");

    /// <summary>Whole labels of statements and press releases.</summary>
    public static readonly Regex StatementLabel = Whole(@"statements?|joint statements?|press releases?|press statements?|news releases?|media releases?|open letters?|declarations?|announcements?|appeals?|ထုတ်ပြန်ချက်(?:များ)?|ကြေညာချက်(?:များ)?|သဘောထားထုတ်ပြန်ချက်(?:များ)?");

    /// <summary>Titles that call the item a statement, which a document's file format does not overrule.</summary>
    public static readonly Regex StatementTitle = Anywhere(@"^(?:joint |press )?statement\b|\b(?:press|joint) statement\b|\bpress release\b|\bopen letter\b|ထုတ်ပြန်ချက်|ကြေညာချက်");

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
