using System.Globalization;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Service;

/// <summary>
/// Editors' requests to collect a week again, and how each is getting on. A request waits here until
/// <see cref="RecollectJob"/> takes it on the scheduler's one worker, so it never runs beside the
/// scheduled jobs or another re-collection; a week already queued or running is not queued twice.
/// </summary>
public sealed class Recollections(TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(DateOnly From, DateOnly To), Recollection> weeks = [];
    private readonly Queue<Window> queue = new();

    /// <summary>Queues <paramref name="window"/> for <paramref name="editor"/>; false when it is already queued or running.</summary>
    public bool TryQueue(Window window, string editor)
    {
        ArgumentNullException.ThrowIfNull(window);
        lock (gate)
        {
            if (weeks.TryGetValue((window.From, window.To), out var current) && current.IsActive)
            {
                return false;
            }

            weeks[(window.From, window.To)] = new Recollection(RecollectionState.Queued, editor, clock.GetUtcNow());
            queue.Enqueue(window);
            return true;
        }
    }

    /// <summary>The next queued week, or null.</summary>
    public Window? Next()
    {
        lock (gate)
        {
            return queue.TryDequeue(out var window) ? window : null;
        }
    }

    /// <summary>How the week's latest re-collection stands, or null when none was asked for since the service started.</summary>
    public Recollection? Of(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        lock (gate)
        {
            return weeks.TryGetValue((window.From, window.To), out var state) ? state : null;
        }
    }

    /// <summary>Marks the week running and returns the run's progress sink.</summary>
    public IProgress<SourceProgress> Start(Window window, int sources)
    {
        ArgumentNullException.ThrowIfNull(window);
        var key = (window.From, window.To);
        Update(key, r => r with { State = RecollectionState.Running, Started = clock.GetUtcNow(), Sources = sources });
        return new Sink(this, key);
    }

    public void Finish(Window window, IReadOnlyList<SourceReport> reports)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(reports);
        Update((window.From, window.To), r => r with
        {
            State = RecollectionState.Finished,
            Ended = clock.GetUtcNow(),
            Reading = [],
            Failing = reports.Count(s => SourceRunStatus.NeedsAttention(s.Status)),
        });
    }

    public void Fail(Window window, string reason)
    {
        ArgumentNullException.ThrowIfNull(window);
        Update((window.From, window.To), r => r with { State = RecollectionState.Failed, Ended = clock.GetUtcNow(), Reading = [], Error = reason });
    }

    private void Update((DateOnly, DateOnly) key, Func<Recollection, Recollection> change)
    {
        lock (gate)
        {
            if (weeks.TryGetValue(key, out var current))
            {
                weeks[key] = change(current);
            }
        }
    }

    private sealed class Sink(Recollections owner, (DateOnly, DateOnly) key) : IProgress<SourceProgress>
    {
        public void Report(SourceProgress value) => owner.Update(key, r => value.Stage switch
        {
            "reading" => r with { Reading = r.Reading.Add(value.SourceId) },
            "read" => r with { Reading = r.Reading.Remove(value.SourceId), SourcesRead = r.SourcesRead + 1 },
            "items" => r with { Pages = r.Pages + 1 },
            _ => r,
        });
    }
}

public enum RecollectionState
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>One week's re-collection as the draft page shows it.</summary>
public sealed record Recollection(RecollectionState State, string Editor, DateTimeOffset Asked)
{
    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Ended { get; init; }

    public int Sources { get; init; }

    public int SourcesRead { get; init; }

    /// <summary>Sources being read now.</summary>
    public System.Collections.Immutable.ImmutableSortedSet<string> Reading { get; init; } = System.Collections.Immutable.ImmutableSortedSet<string>.Empty;

    /// <summary>Item pages handled so far.</summary>
    public int Pages { get; init; }

    public int Failing { get; init; }

    public string? Error { get; init; }

    public bool IsActive => State is RecollectionState.Queued or RecollectionState.Running;

    /// <summary>The state in one sentence for editors.</summary>
    public string Describe() => State switch
    {
        RecollectionState.Queued => $"Re-collection of this week is queued (asked by {Editor} at {Time(Asked)}); it starts when the scheduler is free.",
        RecollectionState.Running => $"Re-collection of this week is running: {SourcesRead} of {Sources} sources read, {Pages} item pages handled"
            + (Reading.Count > 0 ? $"; reading {string.Join(", ", Reading)}." : "."),
        RecollectionState.Finished => $"Re-collection of this week finished at {Time(Ended)}: {Sources} sources, {Failing} need attention. Your decisions still apply.",
        _ => $"Re-collection of this week failed at {Time(Ended)}: {Error}",
    };

    private static string Time(DateTimeOffset? at) => at?.ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "";
}
