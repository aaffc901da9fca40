using System.Globalization;
using System.Text.RegularExpressions;
using Bulletin.Core.Selection;

namespace Bulletin.Demo;

/// <summary>
/// The demo's week: the seven days ending today in the bulletin's zone, and the dates the sample pages
/// carry, written relative to it so the sample always falls in the window whatever day the demo runs.
/// A page says <c>{{D3:iso}}</c> for three days before the week's last day, at 11:00 in the bulletin's zone.
/// </summary>
internal sealed partial class SampleWeek(Window window)
{
    public Window Window { get; } = window;

    /// <summary>The week ending today (in <paramref name="zone"/>) by <paramref name="clock"/>.</summary>
    public static SampleWeek EndingToday(TimeProvider clock, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        return new SampleWeek(new Window(today.AddDays(-6), today, zone));
    }

    /// <summary>The instant of day <paramref name="daysBefore"/> before the week's last day, at 11:00 in the zone.</summary>
    public DateTimeOffset Day(int daysBefore)
    {
        var local = Window.To.AddDays(-daysBefore).ToDateTime(new TimeOnly(11, 0));
        return new DateTimeOffset(local, Window.Zone.GetUtcOffset(local));
    }

    /// <summary>Replaces every date placeholder in <paramref name="text"/>.</summary>
    public string Fill(string text) => DatePlaceholder().Replace(text, m =>
    {
        var day = Day(int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture));
        return m.Groups["format"].Value switch
        {
            "r" => day.ToString("r", CultureInfo.InvariantCulture),
            "iso" => day.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "date" => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "text" => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            // WordPress's "date" is the site's wall clock and "date_gmt" the same instant in UTC, both without an offset.
            "local" => day.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            "gmt" => day.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"sample page placeholder {m.Value}: the formats are r, iso, date, text, local and gmt"),
        };
    });

    [GeneratedRegex(@"\{\{D(?<days>\d+):(?<format>\w+)\}\}")]
    private static partial Regex DatePlaceholder();
}
