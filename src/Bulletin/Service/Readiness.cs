using Bulletin.Core.Collection.Health;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// Whether the service can do its work: the database answers, the scheduler runs, and a collection
/// succeeded within <c>Bulletin:Health:MaxCollectionAge</c>. Until a first collection succeeds the
/// age counts from the service's start, so a fresh install is ready, with a note saying why.
/// </summary>
public sealed class Readiness(IServiceProvider services, ISchedulerFactory schedulers, IOptions<HealthOptions> health, TimeProvider clock)
{
    private readonly DateTimeOffset started = clock.GetUtcNow();

    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var reasons = new List<string>();
        var notes = new List<string>();
        DateTimeOffset? last = null;
        try
        {
            var store = services.GetRequiredService<Store>();
            if (await store.IsReachableAsync(ct))
            {
                last = await store.LastSuccessfulRunAsync(ct);
            }
            else
            {
                reasons.Add($"database {store.Path} is not reachable");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reasons.Add($"database cannot be opened: {e.Message}");
        }

        var scheduler = await schedulers.GetScheduler(ct);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            reasons.Add($"scheduler is not running ({scheduler.Status})");
        }

        var now = clock.GetUtcNow();
        var maxAge = health.Value.MaxCollectionAge;
        if (last is { } at)
        {
            if (now - at > maxAge)
            {
                reasons.Add($"last successful collection {at:u} is older than Bulletin:Health:MaxCollectionAge ({maxAge})");
            }
        }
        else if (now - started > maxAge)
        {
            reasons.Add($"no successful collection since the service started {started:u}, longer ago than Bulletin:Health:MaxCollectionAge ({maxAge})");
        }
        else
        {
            notes.Add("no collection has succeeded yet; ready while the service is younger than Bulletin:Health:MaxCollectionAge");
        }

        return new ReadinessReport(reasons.Count == 0, reasons, notes, last);
    }
}

/// <summary>The answer of <see cref="Readiness"/>: ready or not, why not, and when the last collection succeeded.</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<string> Reasons, IReadOnlyList<string> Notes, DateTimeOffset? LastCollection);
