using System.Globalization;
using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Reads publication dates as sites write them: ISO 8601 (with an offset, "Z", or none), RFC 822,
/// "20 May 2025", "May 22, 2025", "May 19th, 2025", "2025.05.22", "22.5.2025", and the Burmese forms
/// ("၂၂.၅.၂၀၂၅", "၂၀၂၅ ခုနှစ်၊ မေလ ၂၄ ရက်"). A time without an offset stays local to the site.
/// </summary>
public static partial class DateText
{
    private static readonly string[] EnglishMonths =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Burmese month names as written in Unicode; the short forms cover "ဇန်", "ဖေ" and the like.
    private static readonly (string Name, int Month)[] BurmeseMonths =
    [
        ("ဇန်နဝါရီ", 1), ("ဖေဖော်ဝါရီ", 2), ("မတ်", 3), ("ဧပြီ", 4), ("မေ", 5), ("ဇွန်", 6),
        ("ဇူလိုင်", 7), ("ဩဂုတ်", 8), ("ဪဂုတ်", 8), ("သြဂုတ်", 8), ("စက်တင်ဘာ", 9), ("အောက်တိုဘာ", 10),
        ("နိုဝင်ဘာ", 11), ("ဒီဇင်ဘာ", 12),
    ];

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
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = BurmeseDigits.ToAscii(text.Trim());
        return TryIso(s, out date) || TryRfc822(s, out date) || TryBurmeseWords(s, out date)
            || TryEnglishWords(s, out date) || TryNumeric(s, out date);
    }

    /// <summary>Like <see cref="TryParse"/>, returning null when nothing parses.</summary>
    public static PublishedDate? Parse(string? text) => TryParse(text, out var date) ? date : null;

    private static bool TryIso(string s, out PublishedDate date)
    {
        date = default;
        var m = IsoPattern().Match(s);
        if (!m.Success)
        {
            return false;
        }

        if (!TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day))
        {
            return false;
        }

        if (!m.Groups["h"].Success)
        {
            date = PublishedDate.DateOnly(day);
            return true;
        }

        var time = new TimeOnly(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture),
            m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0);
        var local = day.ToDateTime(time);
        if (m.Groups["z"].Success && TryOffset(m.Groups["z"].Value, out var offset))
        {
            date = PublishedDate.Exact(new DateTimeOffset(local, offset));
        }
        else
        {
            date = PublishedDate.Local(local);
        }

        return true;
    }

    private static bool TryRfc822(string s, out PublishedDate date)
    {
        date = default;
        var m = Rfc822Pattern().Match(s);
        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not { } month)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? year + (year < 50 ? 2000 : 1900) : year;
        if (!TryDate(year.ToString(CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var day))
        {
            return false;
        }

        var time = new TimeOnly(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture),
            m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0);
        var local = day.ToDateTime(time);
        date = m.Groups["z"].Success && TryOffset(m.Groups["z"].Value, out var offset)
            ? PublishedDate.Exact(new DateTimeOffset(local, offset))
            : PublishedDate.Local(local);
        return true;
    }

    private static bool TryEnglishWords(string s, out PublishedDate date)
    {
        date = default;
        var m = DayMonthYear().Match(s);
        if (!m.Success)
        {
            m = MonthDayYear().Match(s);
        }

        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not { } month
            || !TryDate(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var day))
        {
            return false;
        }

        date = PublishedDate.DateOnly(day);
        return true;
    }

    private static bool TryBurmeseWords(string s, out PublishedDate date)
    {
        date = default;
        var m = BurmeseYearMonthDay().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var monthText = m.Groups["mon"].Value;
        var month = BurmeseMonths.FirstOrDefault(x => monthText.StartsWith(x.Name, StringComparison.Ordinal)).Month;
        if (month == 0 || !TryDate(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var day))
        {
            return false;
        }

        date = PublishedDate.DateOnly(day);
        return true;
    }

    private static bool TryNumeric(string s, out PublishedDate date)
    {
        date = default;
        var m = YearFirst().Match(s);
        if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day))
        {
            date = PublishedDate.DateOnly(day);
            return true;
        }

        // Day first, as in Myanmar and most of the world ("22.5.2025", "22/05/2025").
        m = DayFirst().Match(s);
        if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out day))
        {
            date = PublishedDate.DateOnly(day);
            return true;
        }

        return false;
    }

    private static int? MonthNumber(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        var index = Array.IndexOf(EnglishMonths, key);
        return index < 0 ? null : index + 1;
    }

    private static bool TryDate(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, CultureInfo.InvariantCulture, out var dayNumber))
        {
            return false;
        }

        if (year is < 1990 or > 2100 || month is < 1 or > 12 || dayNumber < 1 || dayNumber > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, dayNumber);
        return true;
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

        offset = new TimeSpan(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
        if (m.Groups["sign"].Value == "-")
        {
            offset = -offset;
        }

        return true;
    }

    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?(?!\d)")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?:[A-Za-z]{3},?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>[+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?")]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"(?<![\d])(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<y>\d{4})\s*ခုနှစ်\s*[၊,]?\s*(?<mon>\S+?)လ?\s+(?<d>\d{1,2})\s*ရက်")]
    private static partial Regex BurmeseYearMonthDay();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})[./](?<m>\d{1,2})[./](?<d>\d{1,2})(?!\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>\d{4})(?!\d)")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$")]
    private static partial Regex OffsetPattern();
}
