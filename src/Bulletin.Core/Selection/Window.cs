namespace Bulletin.Core.Selection;

/// <summary>The bulletin's week: inclusive calendar dates in the bulletin's time zone.</summary>
public sealed record Window(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    /// <summary>The first instant of <see cref="From"/> in the zone.</summary>
    public DateTimeOffset Start => AtMidnight(From);

    /// <summary>The first instant after <see cref="To"/> in the zone.</summary>
    public DateTimeOffset End => AtMidnight(To.AddDays(1));

    /// <summary>True when the instant, seen in the bulletin's zone, falls on one of the window's dates.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var local = DateOnly.FromDateTime(InZone(instant).DateTime);
        return local >= From && local <= To;
    }

    /// <summary>The instant at the bulletin zone's offset: the one place a draft's dates are converted.</summary>
    public DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The week of seven days ending on <paramref name="lastDay"/>.</summary>
    public static Window WeekEnding(DateOnly lastDay, TimeZoneInfo zone) => new(lastDay.AddDays(-6), lastDay, zone);

    private DateTimeOffset AtMidnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
