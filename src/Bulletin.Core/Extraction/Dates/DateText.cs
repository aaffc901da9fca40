using System.Globalization;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Reads publication dates as sites write them: ISO 8601 (with an offset, "Z", or none), RFC 822,
/// numeric dates ("2025.05.22", "22.5.2025", "07/31/2024"), month names in English, French, German,
/// Spanish, Italian, Portuguese, Dutch, Burmese and Thai ("19. Juli 2014", "5 de marzo de 2024",
/// "နိုဝင်ဘာ ၅၊ ၂၀၂၄", "5 มี.ค. 2567"), and Chinese, Japanese and Korean year-month-day forms
/// ("2024年3月5日", "令和6年3月5日"). Burmese, Thai and full-width digits read as digits; Buddhist-era
/// years are converted. When the text holds several dates, the first one wins. A time without an
/// offset stays local to the site.
/// </summary>
public static partial class DateText
{
    // Dates sit near the start of what callers pass; a long text is cut rather than scanned whole.
    private const int MaxScanned = 400;
    private const int Timeout = 100;

    private static readonly Dictionary<string, string> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["ICT"] = "+07:00",
        ["MMT"] = "+06:30", ["JST"] = "+09:00", ["IST"] = "+05:30",
    };

    /// <summary>Parses the first date found in <paramref name="text"/>; false when there is none.</summary>
    public static bool TryParse(string? text, out PublishedDate date)
    {
        var found = Find(text);
        date = found?.Date ?? default;
        return found is not null;
    }

    /// <summary>Like <see cref="TryParse"/>, returning null when nothing parses.</summary>
    public static PublishedDate? Parse(string? text) => Find(text)?.Date;

    /// <summary>The first date in <paramref name="text"/> and where it was written, or null.</summary>
    public static DateMatch? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var scanned = text.Length > MaxScanned ? text[..MaxScanned] : text;
        if (!MayHoldDate(scanned))
        {
            return null;
        }

        var s = DateScript.Normalise(scanned);
        DateMatch? best = null;
        foreach (var found in new[] { Iso(s), Rfc822(s), CjkDates.Find(s), WordDates.Find(s), Numeric(s) })
        {
            // The earliest date in the text; at one position, the reading that takes in most (a time, a zone).
            if (found is { } f && (best is not { } b || f.Index < b.Index || (f.Index == b.Index && f.Length > b.Length)))
            {
                best = f;
            }
        }

        return best is { Date.Precision: DatePrecision.Date } dated ? WithTime(s, dated) : best;
    }

    /// <summary>
    /// A date written with its time after it ("Saturday, 19 March 2022, 2:00 am", "15 March 2022 at
    /// 14:05"): a wall-clock time in the site's zone, which can move the day once converted.
    /// </summary>
    private static DateMatch WithTime(string s, DateMatch dated)
    {
        var end = dated.Index + dated.Length;
        var m = TimeAfter().Match(s, end, Math.Min(MaxTimeGap, s.Length - end));
        if (!m.Success)
        {
            return dated;
        }

        var hour = Number(m.Groups["h"]);
        var minute = Number(m.Groups["min"]);
        var half = m.Groups["ap"].Value.ToLowerInvariant();
        hour = half.StartsWith('p') && hour < 12 ? hour + 12 : half.StartsWith('a') && hour == 12 ? 0 : hour;
        if (hour > 23 || minute > 59 || dated.Date.LocalTime is not { } noon)
        {
            return dated;
        }

        var local = noon.Date.AddHours(hour).AddMinutes(minute);
        return new DateMatch(PublishedDate.Local(local), dated.Index, m.Index + m.Length - dated.Index);
    }

    private const int MaxTimeGap = 24;

    /// <summary>False when the text cannot hold a date: every form read here has a digit (Burmese, Thai and full-width ones count) or a year in 年.</summary>
    public static bool MayHoldDate(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '年' or '년')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A calendar date when the numbers make one in the years pages are dated (Buddhist-era years converted).</summary>
    internal static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is >= 2483 and <= 2643)
        {
            year -= 543;
        }

        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    internal static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateMatch? Iso(string s)
    {
        foreach (var m in RegexScan.All(IsoPattern(), s, 4))
        {
            if (!TryDate(Number(m.Groups["y"]), Number(m.Groups["m"]), Number(m.Groups["d"]), out var day))
            {
                continue;
            }

            return !m.Groups["h"].Success || Time(m) is not { } time
                ? new DateMatch(PublishedDate.DateOnly(day), m.Index, m.Length)
                : AtTime(m, day, time);
        }

        return null;
    }

    private static DateMatch? Rfc822(string s)
    {
        foreach (var m in RegexScan.All(Rfc822Pattern(), s, 4))
        {
            if (MonthNames.Month(m.Groups["mon"].Value) is not { } month || m.Groups["mon"].Value.Length > 3 && !IsEnglish(m.Groups["mon"].Value))
            {
                continue;
            }

            var year = Number(m.Groups["y"]);
            year = year < 100 ? year + (year < 50 ? 2000 : 1900) : year;
            if (!TryDate(year, month, Number(m.Groups["d"]), out var day) || Time(m) is not { } time)
            {
                continue;
            }

            return AtTime(m, day, time);
        }

        return null;
    }

    // A day and its time, exact when the match carries a zone ("+06:30", "GMT"), else local to the page.
    private static DateMatch AtTime(Match m, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        var date = m.Groups["z"].Success && TryOffset(m.Groups["z"].Value, out var offset)
            ? PublishedDate.Exact(new DateTimeOffset(local, offset))
            : PublishedDate.Local(local);
        return new DateMatch(date, m.Index, m.Length);
    }

    // RFC 822 names months in English; "19 Juli 2014 10:30" is left to the word reader.
    private static bool IsEnglish(string month) => EnglishMonth().IsMatch(month);

    private static DateMatch? Numeric(string s)
    {
        DateMatch? best = null;
        foreach (var m in RegexScan.All(YearFirst(), s, 4))
        {
            if (TryDate(Number(m.Groups["y"]), Number(m.Groups["m"]), Number(m.Groups["d"]), out var day))
            {
                best = new DateMatch(PublishedDate.DateOnly(day), m.Index, m.Length);
                break;
            }
        }

        // Day first, as in Myanmar and most of the world ("22.5.2025"), unless the second number
        // cannot be a month, as in the United States' "07/31/2024".
        foreach (var m in RegexScan.All(DayFirst(), s, 4).Concat(RegexScan.All(DayFirstShortYear(), s, 2)).OrderBy(m => m.Index))
        {
            if (best is { } b && b.Index < m.Index)
            {
                break;
            }

            var (first, second, year) = (Number(m.Groups["d"]), Number(m.Groups["m"]), Number(m.Groups["y"]));

            // "19.07.14": two digits each, as German and Dutch pages write them; the century is this one.
            year = year < 100 ? year + (year < 70 ? 2000 : 1900) : year;
            if (TryDate(year, second, first, out var day) || (second > 12 && TryDate(year, first, second, out day)))
            {
                // Both readings are dates: a weekday before it says which ("Tue, 03/05/2024" is 5 March).
                if (first <= 12 && second <= 12 && first != second && Weekdays.Before(s[..m.Index]) is { } weekday
                    && day.DayOfWeek != weekday && TryDate(year, first, second, out var other) && other.DayOfWeek == weekday)
                {
                    day = other;
                }

                return new DateMatch(PublishedDate.DateOnly(day), m.Index, m.Length);
            }
        }

        return best;
    }

    private static TimeOnly? Time(Match m)
    {
        var hour = Number(m.Groups["h"]);
        var minute = Number(m.Groups["mi"]);
        var second = m.Groups["s"].Success ? Number(m.Groups["s"]) : 0;
        return hour < 24 && minute < 60 && second < 60 ? new TimeOnly(hour, minute, second) : null;
    }

    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (ZoneAbbreviations.TryGetValue(zone, out var known))
        {
            zone = known;
        }

        var m = OffsetPattern().Match(zone);
        if (!m.Success)
        {
            return false;
        }

        offset = new TimeSpan(Number(m.Groups["h"]), Number(m.Groups["m"]), 0);
        if (offset > TimeSpan.FromHours(14))
        {
            return false;
        }

        if (m.Groups["sign"].Value == "-")
        {
            offset = -offset;
        }

        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?\s{0,3}(?<z>Z|[+-]\d{2}:?\d{2})?)?(?!\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\G\s*(?:,|\bat\b|-|–|\|)?\s*(?<h>\d{1,2})[:.](?<min>\d{2})(?![\d.:])\s*(?<ap>[ap]\.?\s?m\.?)?", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"(?:[A-Za-z]{3,9},?\s{0,3})?(?<![\d])(?<d>\d{1,2})\s{1,3}(?<mon>[A-Za-z]{3,9})\.?\s{1,3}(?<y>\d{4}|\d{2})\s{1,3}(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s{0,3}(?<z>[+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5}(?![A-Za-z]))?", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})[./](?<m>\d{1,2})[./](?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{2})\.(?<m>\d{2})\.(?<y>\d{2})(?![\d.])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DayFirstShortYear();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex OffsetPattern();
}

/// <summary>A date found in a text, and where: its first character and the length of what was read.</summary>
public readonly record struct DateMatch(PublishedDate Date, int Index, int Length);
