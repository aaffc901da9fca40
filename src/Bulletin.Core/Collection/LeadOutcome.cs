namespace Bulletin.Core.Collection;

/// <summary>What became of one lead in a collection run.</summary>
public enum LeadResult
{
    /// <summary>A new item was stored.</summary>
    New,

    /// <summary>The item was already stored; its page was not fetched again.</summary>
    Known,

    /// <summary>Left out on purpose (outside the window, a copy of another item); the reason says why.</summary>
    Skipped,

    /// <summary>Its page could not be read.</summary>
    Failed,
}

/// <summary>A lead's result with the reason, for the run's report and for <c>sources check</c>.</summary>
public sealed record LeadOutcome(LeadResult Result, string Reason)
{
    /// <summary>The item as stored, when this lead stored one.</summary>
    public Storage.StoredItem? Item { get; init; }

    /// <summary>The origin whose open circuit this lead's page waited for, and how long; null when it did not wait.</summary>
    public (string Origin, TimeSpan Waited)? CircuitWait { get; init; }
}
