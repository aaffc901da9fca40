using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Collection.Health;

/// <summary>
/// Looks past one run: flags a source whose feed has gone quiet for longer than its rhythm, one that
/// lists nothing where earlier runs saw items, and one that has failed run after run.
/// </summary>
public sealed class SourceHealth(Store store, IOptions<HealthOptions> options)
{
    /// <summary>The run with its status and message amended by what the source's history shows.</summary>
    public async Task<SourceRun> ReviewAsync(SourceRun run, IEnumerable<DateTimeOffset> published, DateTimeOffset reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = options.Value;
        var earlier = await store.SourceRunsAsync(run.SourceId, settings.FailingRuns - 1, ct);
        string? concern = null;
        if (run.Status == SourceRunStatus.Failed)
        {
            if (earlier.Count == settings.FailingRuns - 1 && earlier.All(r => r.Status == SourceRunStatus.Failed))
            {
                concern = $"failed in each of the last {settings.FailingRuns} runs, since {earlier[^1].StartedAt:yyyy-MM-dd HH:mm} UTC";
            }
        }
        else if (run.ItemsSeen == 0 && earlier.FirstOrDefault(r => r.ItemsSeen > 0) is { } lastFull)
        {
            concern = $"lists no items now; the run of {lastFull.StartedAt:yyyy-MM-dd} saw {lastFull.ItemsSeen}";
        }
        else if (Rhythm.Of(published) is { } rhythm && Silent(rhythm, reference, settings) is { } quiet)
        {
            concern = $"silent for {quiet.TotalDays:0} days (newest item {rhythm.Newest:yyyy-MM-dd}); it usually publishes every {Days(rhythm.UsualGap)}";
        }

        if (concern is null)
        {
            return run;
        }

        return run with
        {
            Status = run.Status == SourceRunStatus.Failed ? run.Status : SourceRunStatus.Flagged,
            Message = run.Message is null ? concern : $"{run.Message}; {concern}",
        };
    }

    private static TimeSpan? Silent(Rhythm rhythm, DateTimeOffset reference, HealthOptions settings)
    {
        var quiet = reference - rhythm.Newest;
        var allowed = TimeSpan.FromDays(Math.Max(settings.MinimumSilenceDays, rhythm.UsualGap.TotalDays * settings.SilenceFactor));
        return quiet > allowed ? quiet : null;
    }

    private static string Days(TimeSpan gap) => gap.TotalDays < 1.5 ? "day" : $"{gap.TotalDays:0} days";
}
