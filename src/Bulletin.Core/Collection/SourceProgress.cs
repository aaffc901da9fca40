using Bulletin.Core.Extraction;

namespace Bulletin.Core.Collection;

/// <summary>
/// A step of a run for one source, for progress displays and logs. Stage "items" carries the lead
/// just handled and its outcome; stage "dropped" a lead its include/exclude patterns left out.
/// </summary>
public sealed record SourceProgress(string SourceId, string Stage, int Done, int Total, string? Detail = null)
{
    public Lead? Lead { get; init; }

    public LeadOutcome? Outcome { get; init; }
}
