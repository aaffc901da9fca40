using Bulletin.Core.Selection;

namespace Bulletin.Service;

/// <summary>
/// The schedule's rule for which week a draft covers: the seven days ending on the day the draft's fire
/// was scheduled for, in the bulletin's zone. A fire that runs late (the service was down on Friday)
/// still drafts Friday's week; the start page lists the next week by the same rule.
/// </summary>
public static class DraftWeek
{
    public static Window For(DateTimeOffset scheduledFire, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Window.WeekEnding(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFire, zone).DateTime), zone);
    }
}
