using Bulletin.Core.Extraction.Pages;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// The signature at the end of a statement: the short lines after the last paragraph of prose, often a
/// body's name above a date ("Assistance Association for Political Prisoners (Burma)", "— X, 10 October
/// 2023", "အထွေထွေသပိတ်ညှိနှိုင်းရေးအဖွဲ့ (GSCB) / ၁၀.၁၀.၂၀၂၃"), or an element marked as the signature.
/// </summary>
internal static class SignatureMentions
{
    private const int MaxLines = 5;
    private const int MaxLine = 160;

    public static IEnumerable<IssuerMention> Read(IReadOnlyList<TextLine> bodyLines)
    {
        var found = new List<IssuerMention>();
        var seen = 0;
        for (var i = bodyLines.Count - 1; i >= 0 && seen < MaxLines; i--)
        {
            var line = bodyLines[i];
            if (LetterheadMentions.IsProse(line.Text) && !IsMarked(line.Block))
            {
                break;
            }

            seen++;
            var text = Undashed(line.Text);
            if (text.Length is 0 or > MaxLine || PublishedReader.IsDateOnly(text) || IsDateLabel(text))
            {
                continue;
            }

            found.Add(new IssuerMention(text, MentionSignal.Signature, IsMarked(line.Block) ? "signature block" : "closing line"));
        }

        // Read top to bottom, as the signature is written.
        found.Reverse();
        return found;
    }

    // A marked signature may be long ("On behalf of the 12 undersigned groups, …").
    private static bool IsMarked(HtmlNode? block) =>
        block is not null && block.AncestorsAndSelf().Take(3).Any(n =>
            ClassNames.HasStem(n, "signature", "sign", "signoff", "closing", "signatory")
            || n.GetAttributeValue("style", string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Contains("text-align:right", StringComparison.OrdinalIgnoreCase)
            || n.GetAttributeValue("align", string.Empty).Equals("right", StringComparison.OrdinalIgnoreCase));

    // "— Karen Women's Organisation" and "– ends –".
    private static string Undashed(string text) => text.Trim().TrimStart('—', '–', '-', '~').Trim();

    private static bool IsDateLabel(string text) =>
        (text.StartsWith("ရက်စွဲ", StringComparison.Ordinal) || text.StartsWith("Date", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Dated", StringComparison.OrdinalIgnoreCase))
        && text.Length <= 60;
}
