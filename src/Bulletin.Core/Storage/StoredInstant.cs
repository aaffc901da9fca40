using System.Globalization;

namespace Bulletin.Core.Storage;

/// <summary>
/// Instants as stored: UTC, fixed-width ISO 8601 with 'Z', so that text order is time order and
/// range queries on the column are correct.
/// </summary>
internal static class StoredInstant
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The offset an instant was stated with, in minutes east of UTC, kept beside its UTC text.</summary>
    public static int OffsetMinutes(DateTimeOffset instant) => (int)instant.Offset.TotalMinutes;

    /// <summary>The stored UTC text at the offset stored beside it (UTC when none was stored).</summary>
    public static DateTimeOffset Read(string text, long? offsetMinutes) =>
        offsetMinutes is { } minutes ? Read(text).ToOffset(TimeSpan.FromMinutes(minutes)) : Read(text);

    /// <summary>The stored text, or DBNull for a missing instant.</summary>
    public static object WriteOrNull(DateTimeOffset? instant) => instant is { } value ? Write(value) : DBNull.Value;
}
