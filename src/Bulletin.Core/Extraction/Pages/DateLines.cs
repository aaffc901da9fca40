using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads a line of visible text for the item's date: a labelled date ("Posted on …", "Date – …",
/// "Veröffentlicht am …", "公開日：…", "ရက်စွဲ - …"), a line shaped like a date line ("November 3, 2023",
/// "By Staff | 5 March 2024", "Tuesday, 5 March 2024 10:00"), or a dateline opening the text
/// ("GENEVA (30 January 2024) –"). A date after "Updated" or "Mis à jour" dates a change, not the item.
/// </summary>
internal static partial class DateLines
{
    private const int Timeout = 100;

    /// <summary>Longest line read as a date line; longer ones are running text.</summary>
    public const int MaxLine = 160;

    // Letters allowed before an unlabelled date: a weekday ("Wednesday,", "Mittwoch,", "အင်္ဂါနေ့၊").
    private const int MaxLettersBefore = 14;

    // Letters allowed after a date that does not open its line: a time, a zone, a byline ("by Staff", "10:30 Uhr").
    private const int MaxLettersAfter = 40;

    /// <summary>A date the line gives the item, and whether it is labelled as a change rather than the publication.</summary>
    public static (PublishedDate Date, bool Modified, bool Labelled)? Read(string line)
    {
        if (line.Length > MaxLine || !DateText.MayHoldDate(line) || IsCopyright(line))
        {
            return null;
        }

        if (Labelled(line) is { } labelled)
        {
            return labelled;
        }

        if (DateText.Find(line) is not { } found || !Shaped(line, found))
        {
            return null;
        }

        return (found.Date, RegexScan.IsMatch(ModifiedLabel(), line[..found.Index]), false);
    }

    /// <summary>A dateline at the start of the text: "GENEVA (30 January 2024) –", "YANGON, 5 March 2024 —", "5 March 2024 – The …".</summary>
    public static PublishedDate? Dateline(string paragraph)
    {
        var head = paragraph.Length > 90 ? paragraph[..90] : paragraph;
        if (DateText.Find(head) is not { } found || found.Index > 45)
        {
            return null;
        }

        var before = head[..found.Index];
        var after = head[(found.Index + found.Length)..];
        return (before.Length == 0 || RegexScan.IsMatch(PlaceBefore(), before)) && RegexScan.IsMatch(DashAfter(), after) ? found.Date : null;
    }

    /// <summary>"© 2024 …", "Copyright …", "All rights reserved": the site's year, not the item's date.</summary>
    public static bool IsCopyright(string line) => RegexScan.IsMatch(Copyright(), line);

    private static (PublishedDate Date, bool Modified, bool Labelled)? Labelled(string line)
    {
        foreach (var m in RegexScan.All(Label(), line, 4))
        {
            var rest = line[(m.Index + m.Length)..];
            if (DateText.Find(rest) is { } found && found.Index <= MaxLettersBefore + 2)
            {
                return (found.Date, m.Groups["modified"].Success, true);
            }
        }

        return null;
    }

    // Nothing but a weekday, a separator ("|", "·", "–") or a short preposition before the date;
    // after it, no running text ("On 12 May 2025 the junta bombed …" dates an event).
    private static bool Shaped(string line, DateMatch found)
    {
        var before = line[..found.Index].TrimEnd();
        if (before.Length == 0)
        {
            return true;
        }

        if (Letters(line.AsSpan(found.Index + found.Length)) > MaxLettersAfter)
        {
            return false;
        }

        return RegexScan.IsMatch(SeparatorEnd(), before) || (Letters(before) <= MaxLettersBefore && !RegexScan.IsMatch(SentenceEnd(), before));
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }

    private const string Original =
        @"(?:first\s+)?published(?:\s+(?:on|at))?|posted(?:\s+(?:on|at))?|date(?:\s+of\s+(?:publication|issue|release))?|dated|issued(?:\s+on)?|release\s+date|released(?:\s+on)?|publication\s+date"
        + @"|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|datum|publiziert(?:\s+am)?|erstellt(?:\s+am)?|stand"
        + @"|publié(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?|date\s+de\s+publication|posté\s+le"
        + @"|publicado(?:\s+(?:el|en|em))?|fecha(?:\s+de\s+publicación)?|pubblicato(?:\s+il)?|data(?:\s+di\s+pubblicazione)?|gepubliceerd(?:\s+op)?";

    private const string Changed =
        @"(?:last\s+)?updated(?:\s+(?:on|at))?|last\s+modified|modified(?:\s+on)?|revised(?:\s+on)?"
        + @"|(?:zuletzt\s+)?aktualisiert(?:\s+am)?|geändert(?:\s+am)?|mis\s+à\s+jour(?:\s+le)?|modifié(?:\s+le)?"
        + @"|actualizado(?:\s+el)?|última\s+actualización|aggiornato(?:\s+il)?|atualizado(?:\s+em)?|bijgewerkt(?:\s+op)?";

    // Labels in scripts without word spaces need no word boundary.
    private const string OriginalUnspaced =
        "公開日|掲載日|投稿日|発行日|配信日|発表日|日付|发布时间|發布時間|发布日期|發布日期|發佈日期|发布于|發佈於|发表于|發表於|日期|时间|時間"
        + "|วันที่เผยแพร่|เผยแพร่เมื่อ|เผยแพร่|ประกาศเมื่อ|โพสต์เมื่อ|ထုတ်ပြန်သည့်ရက်စွဲ|ထုတ်ပြန်သည့်ရက်|ထုတ်ပြန်သည့်နေ့|ထုတ်ပြန်ရက်|ရက်စွဲ";

    private const string ChangedUnspaced = "更新日|最終更新|更新时间|更新時間|更新于|更新於|แก้ไขล่าสุด|อัปเดตเมื่อ|อัปเดต|ပြင်ဆင်သည့်ရက်";

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:(?<modified>" + Changed + ")|" + Original + @")(?![\p{L}])|(?<modified>" + ChangedUnspaced + ")|(?:" + OriginalUnspaced + @"))\s{0,3}[:：\-–—။|]?\s{0,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<![\p{L}])(?:" + Changed + @")(?![\p{L}])|" + ChangedUnspaced, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ModifiedLabel();

    [GeneratedRegex(@"(?:[|·•/,:：;(\[\-–—]|(?<![\p{L}])(?:on|le|am|el|il|em|op|den|the))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SeparatorEnd();

    // A full stop before the date means it sits inside running text.
    [GeneratedRegex(@"\p{L}{2}[.!?]\s", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s{0,3}\p{Lu}[\p{L}\p{M}\s,./'’-]{0,40}[(,]?\s{0,3}$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^\s{0,3}\)?\s{0,3}[–—\-:]", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DashAfter();

    [GeneratedRegex(@"©|&copy;|\(c\)\s{0,2}\d{4}|copyright|all rights reserved|版权所有|版權所有|著作権|สงวนลิขสิทธิ์|မူပိုင်ခွင့်", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Copyright();
}
