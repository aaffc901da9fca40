namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The dates a page can have been published on: not before the web pages Bulletin reads began
/// (1995), and not after the page was fetched. A date without a time is allowed as long as it
/// has begun somewhere on Earth (UTC+14) when the page was fetched.
/// </summary>
internal readonly record struct DateBounds(DateTimeOffset? Fetched)
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(14);

    // Clocks disagree a little; a page stamped a few minutes after our fetch is not from the future.
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(15);

    public bool Allows(PublishedDate date)
    {
        var (day, start) = date.Precision switch
        {
            DatePrecision.Instant => (DateOnly.FromDateTime(date.Instant!.Value.DateTime), date.Instant.Value),
            DatePrecision.LocalTime => (DateOnly.FromDateTime(date.LocalTime!.Value), new DateTimeOffset(date.LocalTime.Value, EarliestZone)),
            _ => (DateOnly.FromDateTime(date.LocalTime!.Value), new DateTimeOffset(date.LocalTime!.Value.Date, EarliestZone)),
        };
        return day >= Earliest && (Fetched is not { } fetched || start <= fetched + Skew);
    }
}
