namespace Bulletin.Core.Storage;

/// <summary>How one source fared in one collection run; the history behind the source health view.</summary>
public sealed record SourceRun
{
    public required string RunId { get; init; }

    public required string SourceId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>"ok", "failed", "flagged", "not-modified" (see <see cref="SourceRunStatus"/>).</summary>
    public required string Status { get; init; }

    public string? Message { get; init; }

    public int? HttpStatus { get; init; }

    public int ItemsSeen { get; init; }

    public int ItemsNew { get; init; }

    public TimeSpan Duration { get; init; }

    public long Bytes { get; init; }
}
