using System.Globalization;
namespace Bulletin.Core.Extraction;

/// <summary>
/// A publication time as a source states it. Sources often give only a date ("2025.05.22") or a
/// local time without an offset; those are resolved in the source's time zone, not read as UTC.
/// </summary>
public readonly record struct PublishedDate
{
    /// <summary>An instant known exactly (the source gave an offset or "Z").</summary>
    public static PublishedDate Exact(DateTimeOffset instant) => new() { Instant = instant, Precision = DatePrecision.Instant };

    /// <summary>A wall-clock time without an offset, local to the time zone of the site.</summary>
    public static PublishedDate Local(DateTime local) => new() { LocalTime = DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Precision = DatePrecision.LocalTime };

    /// <summary>A calendar date without a time.</summary>
    public static PublishedDate DateOnly(System.DateOnly date) => new() { LocalTime = date.ToDateTime(new TimeOnly(12, 0)), Precision = DatePrecision.Date };

    public DatePrecision Precision { get; private init; }

    public DateTimeOffset? Instant { get; private init; }

    public DateTime? LocalTime { get; private init; }

    /// <summary>
    /// The instant, resolving local times and dates in <paramref name="siteZone"/>. A bare date is
    /// taken as noon there, so that converting it to a zone a few hours away keeps its calendar date.
    /// </summary>
    public DateTimeOffset Resolve(TimeZoneInfo siteZone)
    {
        if (Instant is { } exact)
        {
            return exact;
        }

        var local = LocalTime!.Value;
        return new DateTimeOffset(local, siteZone.GetUtcOffset(local));
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Instant => Instant!.Value.ToString("O", CultureInfo.InvariantCulture),
        DatePrecision.LocalTime => LocalTime!.Value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + " (local)",
        _ => LocalTime!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>How much of a publication time the source stated.</summary>
public enum DatePrecision
{
    Date,
    LocalTime,
    Instant,
}
