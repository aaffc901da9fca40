using Bulletin.Core;
using Bulletin.Core.Collection;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>Liveness, readiness and the status page: <c>/health/live</c>, <c>/health/ready</c>, <c>/status</c>.</summary>
public static class StatusEndpoints
{
    private const int RunsPerSource = 5;
    private const int Drafts = 5;

    public static IEndpointRouteBuilder MapBulletinStatus(this IEndpointRouteBuilder app)
    {
        // Live means the process answers; nothing else, so a slow database never gets it restarted.
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapGet("/health/ready", async (Readiness readiness, CancellationToken ct) =>
        {
            var report = await readiness.CheckAsync(ct);
            var body = new { status = report.Ready ? "ready" : "not-ready", reasons = report.Reasons, notes = report.Notes, lastCollection = report.LastCollection };
            return report.Ready ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/status", async (Readiness readiness, Store store, ISchedulerFactory schedulers, IOptions<BulletinOptions> options, CancellationToken ct) =>
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var jobs = new List<ScheduledJob>();
            foreach (var name in new[] { ScheduleSync.CollectJobName, ScheduleSync.DraftJobName })
            {
                var trigger = await scheduler.GetTrigger(ScheduleSync.TriggerFor(name), ct);
                jobs.Add(new ScheduledJob(name, (trigger as ICronTrigger)?.CronExpressionString, trigger?.PreviousFireTimeUtc, trigger?.NextFireTimeUtc));
            }

            var page = new StatusPage
            {
                Readiness = await readiness.CheckAsync(ct),
                Zone = options.Value.Zone,
                Jobs = jobs,
                Runs = await store.RecentSourceRunsAsync(RunsPerSource, ct),
                Drafts = RecentDrafts(ContentPaths.Resolve(options.Value.DraftsPath, mustExist: false)),
            };
            return Results.Content(page.Render(), "text/html; charset=utf-8");
        }).RequireAuthorization(); // every source and its errors: for editors; the health endpoints stay public for probes
        return app;
    }

    private static IReadOnlyList<string> RecentDrafts(string folder) => Directory.Exists(folder)
        ? [.. Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, "draft.json"))).OrderDescending(StringComparer.Ordinal).Take(Drafts)]
        : [];
}

/// <summary>A scheduled job as the status page shows it.</summary>
public sealed record ScheduledJob(string Name, string? Cron, DateTimeOffset? Previous, DateTimeOffset? Next);
