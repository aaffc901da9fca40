using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads the organisations a joint statement lists after a lead-in ("Issued jointly by:", "Signed by:",
/// "ပူးတွဲထုတ်ပြန်သူများ"): list items, numbered lines or one name per line, up to the next heading or
/// lead-in. Supporters ("Supported by:") and individuals are not issuers and are left out.
/// </summary>
public static partial class SignatoryReader
{
    private const int MaxLeadInLength = 120;
    private const int MaxNameLength = 200;

    public static IReadOnlyList<string> Read(PageDocument page)
    {
        var lines = page.ContentFrameLines;
        var names = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (LeadIn(lines[i].Text) is not { } leadIn)
            {
                continue;
            }

            names.AddRange(SplitInline(leadIn.Groups["rest"].Value));
            names.AddRange(ListAfter(lines, i + 1));
        }

        return names.DistinctBy(n => n.ToUpperInvariant()).ToList();
    }

    private static IEnumerable<string> ListAfter(IReadOnlyList<TextLine> lines, int start)
    {
        var mode = ListMode.Unknown;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];
            var text = line.Text;
            // A date under the list closes it ("8 March 2024" below the last signer).
            if (line.Kind == LineKind.Heading || LeadIn(text) is not null || StopLeadIn().IsMatch(text) || PublishedReader.IsDateOnly(text))
            {
                yield break;
            }

            var numbered = Numbering().IsMatch(text);
            if (mode == ListMode.Unknown)
            {
                mode = line.Kind == LineKind.ListItem ? ListMode.Items : numbered ? ListMode.Numbered : ListMode.Lines;
            }

            // A list ends where its items do; numbered lines end at the first unnumbered one.
            if ((mode == ListMode.Items && line.Kind != LineKind.ListItem) || (mode == ListMode.Numbered && !numbered)
                || (mode == ListMode.Lines && LooksLikeProse(text)))
            {
                yield break;
            }

            var name = Name(text);
            if (name.Length > MaxNameLength)
            {
                yield break;
            }

            // Group headings inside a list ("International organisations:") are not names.
            if (name.Length > 0 && !text.TrimEnd().EndsWith(':'))
            {
                yield return name;
            }
        }
    }

    private static Match? LeadIn(string text)
    {
        if (text.Length > MaxLeadInLength)
        {
            return null;
        }

        var m = LeadInPattern().Match(text);
        return m.Success ? m : null;
    }

    // "Signed by: A, B and C" on one line.
    private static IEnumerable<string> SplitInline(string rest)
    {
        if (string.IsNullOrWhiteSpace(rest))
        {
            return [];
        }

        var parts = rest.Contains(';', StringComparison.Ordinal) ? rest.Split(';') : AndSeparator().Replace(rest, ",").Split(',');
        return parts.Select(Name).Where(n => n.Length > 0);
    }

    private static string Name(string text) =>
        HtmlText.Clean(Numbering().Replace(text, string.Empty)).TrimEnd(',', ';', '.', ':', '၊', '။', '-', '–', '—').Trim();

    private static bool LooksLikeProse(string text) =>
        text.Length > 150 || (text.Split(' ').Length > 14 && (text.EndsWith('.') || text.EndsWith('။')));

    private enum ListMode
    {
        Unknown,
        Items,
        Numbered,
        Lines,
    }

    [GeneratedRegex(@"^\s*(?:(?:the\s+)?(?:joint\s+)?statement\s+(?:is|was)\s+|this\s+(?:joint\s+)?statement\s+(?:is|was)\s+)?(?:issued\s+jointly\s+by|jointly\s+issued\s+by|jointly\s+signed\s+by|co-?signed\s+by|signed\s+by|signed(?=\s*[,:]\s*$)|endorsed\s+by|(?:list\s+of\s+)?signatories|signatory\s+organi[sz]ations|signing\s+organi[sz]ations|endorsing\s+organi[sz]ations|(?:the\s+)?undersigned\s+organi[sz]ations|(?:the\s+)?undersigned|လက်မှတ်ရေးထိုးသူများ|ပူးတွဲထုတ်ပြန်သူများ|ပူးတွဲထုတ်ပြန်သည့်အဖွဲ့အစည်းများ|လက်မှတ်ရေးထိုးသည့်အဖွဲ့အစည်းများ|လက်မှတ်ရေးထိုးထားသော\s*အဖွဲ့အစည်းများ)(?:\s+the\s+following(?:\s+\d+)?(?:\s+\w+)?)?(?:\s*\(\d+\))?\s*(?:[:：\-–—,]\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInPattern();

    [GeneratedRegex(@"^\s*(?:supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)|in\s+solidarity|individuals?\b|individual\s+(?:signatories|endorsements)|contacts?\b|media\s+contacts?|press\s+contacts?|for\s+(?:more|further)\s+information|for\s+media\s+enquiries|notes?\s+to\s+editors|notes?\s*:|about\s+|background\s*:?$|references?\s*:?$|endnotes|-*\s*ends\s*-*$|###|ပံ့ပိုးသူများ|ထောက်ခံသူများ|ဆက်သွယ်ရန်|ရက်စွဲ|dated?\s*[:\-–])", RegexOptions.IgnoreCase)]
    private static partial Regex StopLeadIn();

    [GeneratedRegex(@"^\s*(?:(?:\d{1,4}|[၀-၉]{1,4})\s*[.)၊။]|[-•*·–]\s)\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s+and\s+|\s*&\s+")]
    private static partial Regex AndSeparator();
}
