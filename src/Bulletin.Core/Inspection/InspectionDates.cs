using System.Globalization;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>Writes a publication date with exactly the precision the document stated.</summary>
public static class InspectionDates
{
    /// <summary>
    /// "2025-05-20T10:00:00Z" for an instant (in UTC), "2025-05-20T17:30:00" for a wall-clock time
    /// without an offset (the site's own zone, unknown without a source), "2025-05-20" for a bare date.
    /// </summary>
    public static string Format(PublishedDate date) => date.Precision switch
    {
        DatePrecision.Instant => date.Instant!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        DatePrecision.LocalTime => date.LocalTime!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => date.LocalTime!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
