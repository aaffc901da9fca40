namespace Bulletin.Core.Storage;

/// <summary>The usual values of <see cref="SourceRun.Status"/>.</summary>
public static class SourceRunStatus
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    /// <summary>Fetched, but something looked wrong (no items, a layout change) and wants a human.</summary>
    public const string Flagged = "flagged";
    public const string NotModified = "not-modified";

    /// <summary>True for a status editors should be told about before they publish.</summary>
    public static bool NeedsAttention(string status) =>
        !string.Equals(status, Ok, StringComparison.OrdinalIgnoreCase) && !string.Equals(status, NotModified, StringComparison.OrdinalIgnoreCase);
}
