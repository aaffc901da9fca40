using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Dates written with a month name, in the three orders pages use: day first ("19. Juli 2014",
/// "5 de marzo de 2024", "1er mars 2024", "5 มีนาคม พ.ศ. 2567"), month first ("March 3, 2021",
/// "နိုဝင်ဘာ ၅၊ ၂၀၂၄", "နိုဝင်ဘာလ ၁၃ ရက်၊ ၂၀၂၂") and year first ("၂၀၂၅ ခုနှစ်၊ မေလ ၂၄ ရက်").
/// Text arrives with its digits and separators already normalised (see <see cref="DateScript"/>).
/// </summary>
internal static partial class WordDates
{
    private const int Timeout = 100;

    public static DateMatch? Find(string s)
    {
        DateMatch? best = null;
        foreach (var (pattern, yearFirst) in new[] { (DayMonthYear(), false), (MonthDayYear(), false), (YearMonthDay(), true) })
        {
            foreach (var m in RegexScan.All(pattern, s))
            {
                if (best is { } b && b.Index <= m.Index)
                {
                    break;
                }

                if (Read(m, yearFirst) is { } day)
                {
                    best = new DateMatch(PublishedDate.DateOnly(day), m.Index, m.Length);
                    break;
                }
            }
        }

        return best;
    }

    private static DateOnly? Read(Match m, bool yearFirst)
    {
        var word = m.Groups["mon"].Value;
        if (MonthNames.Month(word) is not { } month)
        {
            return null;
        }

        var yearText = m.Groups["y"].Value;
        var year = DateText.Number(m.Groups["y"]);
        if (yearText.Length == 2)
        {
            // Thai writes the Buddhist era short ("5 มี.ค. 67" is 2567, that is 2024); others never here.
            if (yearFirst || !MonthNames.IsThai(word))
            {
                return null;
            }

            year += 2500;
        }

        return DateText.TryDate(year, month, DateText.Number(m.Groups["d"]), out var day) ? day : null;
    }

    // A month word: letters and combining marks, and the dotted Thai abbreviations ("มี.ค.").
    // Latin words must start at a word boundary; Burmese and Thai run words together.
    private const string Month = @"(?<![A-Za-z\u00C0-\u024F])(?<mon>\p{L}[\p{L}\p{M}]{0,19}(?:\.\p{L}[\p{L}\p{M}]{0,3}){0,2}\.?)";

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)(?:(?:st|nd|rd|th|er|e)(?!\p{L})|[º°ª])?\.?\s{0,3}(?:ရက်(?:နေ့)?\s{0,2},?\s{0,3})?(?:(?:de|of|ที่)\s{1,3})?" + Month + @"\s{0,3},?\s{0,3}(?:(?:de|del|of)\s{1,3})?(?:(?:พ\.ศ\.|ค\.ศ\.)\s{0,3})?(?<y>\d{4}|\d{2})(?![\d:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Month + @"\s{0,3}(?<d>[0-3]?\d)(?!\d)(?:(?:st|nd|rd|th)(?!\p{L}))?\s{0,3}(?:ရက်(?:နေ့)?)?\s{0,3},?\s{0,3}(?:(?:พ\.ศ\.|ค\.ศ\.)\s{0,3})?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s{0,3}(?:ခုနှစ်)?\s{0,3},?\s{0,3}" + Month + @"\s{0,3}(?<d>[0-3]?\d)(?!\d)\s{0,3}(?:ရက်)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex YearMonthDay();
}
