using System.Text;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Year-month-day dates of Chinese, Japanese and Korean pages: "2024年3月5日", "2024年03月05日 10:30",
/// "二〇二四年三月五日", "3月5号", Japanese eras ("令和6年3月5日", "平成31年4月30日"), the Minguo
/// calendar of Taiwan ("民國113年3月5日") and Korean "2024년 3월 5일".
/// </summary>
internal static partial class CjkDates
{
    private const int Timeout = 100;

    public static DateMatch? Find(string s)
    {
        if (!HasMarker(s))
        {
            return null;
        }

        var text = HasCjkNumeral(s) ? WithDigits(s) : s;
        foreach (var m in RegexScan.All(YearMonthDay(), text, 4))
        {
            if (Year(m) is { } year && DateText.TryDate(year, DateText.Number(m.Groups["m"]), DateText.Number(m.Groups["d"]), out var day))
            {
                // Index and length refer to the rewritten text; they stay close enough to order dates.
                return new DateMatch(PublishedDate.DateOnly(day), Math.Min(m.Index, s.Length - 1), m.Length);
            }
        }

        return null;
    }

    private static int? Year(Match m)
    {
        if (m.Groups["y"].Success)
        {
            return DateText.Number(m.Groups["y"]);
        }

        var era = m.Groups["era"].Value;
        var number = m.Groups["ey"].Value is "元" ? 1 : DateText.Number(m.Groups["ey"]);
        return era switch
        {
            "令和" => 2018 + number,
            "平成" => 1988 + number,
            "民國" or "民国" => 1911 + number,
            _ => null,
        };
    }

    private static bool HasMarker(string s) => s.Contains('年', StringComparison.Ordinal) || s.Contains('년', StringComparison.Ordinal);

    private static bool HasCjkNumeral(string s)
    {
        foreach (var c in s)
        {
            if (Digit(c) >= 0 || c == '十')
            {
                return true;
            }
        }

        return false;
    }

    // Numbers in characters before 年, 月 and 日: a year digit by digit ("二〇二四"), a month or
    // day with tens ("十二", "二十五").
    private static string WithDigits(string s) => CjkNumber().Replace(s, m =>
    {
        var text = m.Value;
        if (!text.Contains('十', StringComparison.Ordinal))
        {
            var digits = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                digits.Append((char)('0' + Digit(c)));
            }

            return digits.ToString();
        }

        var at = text.IndexOf('十', StringComparison.Ordinal);
        var tens = at == 0 ? 1 : Digit(text[0]);
        var units = at == text.Length - 1 ? 0 : Digit(text[^1]);
        return (tens * 10 + units).ToString(System.Globalization.CultureInfo.InvariantCulture);
    });

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };

    [GeneratedRegex(@"[〇零一二三四五六七八九十]{1,4}(?=\s{0,2}[年月日号號])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex CjkNumber();

    [GeneratedRegex(@"(?:(?<!\d)(?<y>\d{4})|(?<era>令和|平成|民國|民国)\s{0,2}(?<ey>\d{1,3}|元))\s{0,2}[年년]\s{0,2}(?<m>\d{1,2})\s{0,2}[月월]\s{0,2}(?<d>\d{1,2})\s{0,2}[日号號일]?", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex YearMonthDay();
}
