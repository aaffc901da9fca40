namespace Bulletin.Core.Storage;

/// <summary>The usual values of <see cref="SourceRun.Status"/>.</summary>
public static class SourceRunStatus
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    /// <summary>Fetched, but something looked wrong (no items, a layout change) and wants a human.</summary>
    public const string Flagged = "flagged";

    /// <summary>True for a status editors should be told about before they publish: anything but ok.</summary>
    /// <remarks>A source whose feed answered 304 is ok: the stored copy stands in for the body the server did not resend.</remarks>
    public static bool NeedsAttention(string status) => !string.Equals(status, Ok, StringComparison.OrdinalIgnoreCase);
}
