using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// The short lines above a statement's first paragraph: a letterhead ("Republic of the Union of Myanmar /
/// National Unity Government / Ministry of Human Rights / Statement No. 4/2023") or a header block
/// ("Press Statement / Office of the Spokesperson / U.S. Department of State"). Every line is offered;
/// resolution keeps those that name a body.
/// </summary>
internal static class LetterheadMentions
{
    private const int MaxLines = 8;
    private const int MaxLine = 120;

    public static IEnumerable<IssuerMention> Read(IReadOnlyList<TextLine> bodyLines, string? title)
    {
        var taken = 0;
        foreach (var line in bodyLines)
        {
            var text = line.Text;
            if (IsProse(text) || taken >= MaxLines)
            {
                yield break;
            }

            taken++;
            if (text.Length > MaxLine || PublishedReader.IsDateOnly(text) || string.Equals(text, title, StringComparison.OrdinalIgnoreCase) || IsSubjectLine(text))
            {
                continue;
            }

            // "Joint statement by UNICEF, WFP and WHO." heading the text names its issuers, not itself.
            var named = TitleMentions.Read(text).FirstOrDefault();
            yield return new IssuerMention(named?.Text ?? text, MentionSignal.Letterhead, "letterhead line");
        }
    }

    // "Subject: …", "Re: …" and the Burmese "… နှင့် စပ်လျဉ်း၍" (regarding …) say what the statement is
    // about; a body they name is its subject, not its issuer.
    private static bool IsSubjectLine(string text)
    {
        var t = text.TrimEnd(' ', '။', ':', '-');
        return t.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Re:", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("စပ်လျဉ်း၍", StringComparison.Ordinal) || t.EndsWith("ပတ်သက်၍", StringComparison.Ordinal) || t.StartsWith("အကြောင်းအရာ", StringComparison.Ordinal);
    }

    /// <summary>The running text has begun: a long line, or a sentence.</summary>
    public static bool IsProse(string text) =>
        text.Length > 150 || (text.Length > 60 && text.EndsWith('.') && text.Split(' ').Length > 8) || (text.EndsWith('။') && text.Length > 25);
}
