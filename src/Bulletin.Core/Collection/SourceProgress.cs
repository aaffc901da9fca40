namespace Bulletin.Core.Collection;

/// <summary>A step of a run for one source, for progress displays and logs.</summary>
public sealed record SourceProgress(string SourceId, string Stage, int Done, int Total, string? Detail = null);
