namespace Bulletin.Core.Storage;

/// <summary>Parameter values for optional columns: SQLite parameters need DBNull, not null.</summary>
internal static class DbValue
{
    public static object OrNull(string? text) => text is null ? DBNull.Value : text;

    public static object OrNull(int? number) => number is { } value ? value : DBNull.Value;
}
