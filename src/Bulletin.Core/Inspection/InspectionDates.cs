using System.Globalization;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>Writes a publication date with exactly the precision the document stated.</summary>
public static class InspectionDates
{
    /// <summary>
    /// "2025-05-19T23:30:00-04:00" for an instant, at the offset the document gave ("Z" for UTC), so
    /// the day is the document's own; "2025-05-20T17:30:00" for a wall-clock time without an offset
    /// (the site's own zone, unknown without a source); "2025-05-20" for a bare date.
    /// </summary>
    public static string Format(PublishedDate date) => date.Precision switch
    {
        DatePrecision.Instant => Instant(date.Instant!.Value),
        DatePrecision.LocalTime => date.LocalTime!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => date.LocalTime!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>An instant at its own offset: "2025-05-19T23:30:00-04:00", "2025-05-20T03:30:00Z".</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToString(instant.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
