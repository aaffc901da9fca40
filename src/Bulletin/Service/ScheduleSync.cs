using Bulletin.Core.Collection;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// Brings the stored schedule in line with configuration at start-up. A trigger whose cron and time
/// zone are unchanged is left as stored, so a fire missed while the service was down is still owed
/// and runs once when the scheduler starts (misfire policy "fire now"); a changed one is replaced.
/// </summary>
public sealed class ScheduleSync(
    IServiceProvider services,
    ISchedulerFactory schedulers,
    IOptions<ScheduleOptions> schedule,
    IOptions<BulletinOptions> bulletin,
    ILogger<ScheduleSync> logger) : IHostedService
{
    public const string CollectJobName = "collect";
    public const string DraftJobName = "draft";
    public const string RecollectJobName = "recollect";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Opening the store applies the migrations, the scheduler's tables among them.
        _ = services.GetRequiredService<Store>();
        _ = services.GetRequiredService<Readiness>();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var zone = bulletin.Value.Zone;

        // The draft outranks the collection when both are due at once, e.g. right after a restart.
        await SyncAsync<CollectJob>(scheduler, CollectJobName, schedule.Value.Collect, zone, priority: 5, cancellationToken);
        await SyncAsync<DraftJob>(scheduler, DraftJobName, schedule.Value.Draft, zone, priority: 10, cancellationToken);

        // No schedule of its own: editors fire it from the draft page, and it takes its turn with the others.
        await scheduler.AddJob(JobBuilder.Create<RecollectJob>().WithIdentity(RecollectJobName).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static TriggerKey TriggerFor(string job) => new(job + "-trigger");

    private async Task SyncAsync<TJob>(IScheduler scheduler, string name, string cron, TimeZoneInfo zone, int priority, CancellationToken ct)
        where TJob : IJob
    {
        // RequestRecovery: a run cut short by a crash is run again when the service is back.
        var job = JobBuilder.Create<TJob>().WithIdentity(name).StoreDurably().RequestRecovery().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, ct);

        var key = TriggerFor(name);
        var stored = await scheduler.GetTrigger(key, ct);
        if (stored is ICronTrigger existing && existing.CronExpressionString == cron && existing.TimeZone.Id == zone.Id && existing.Priority == priority)
        {
            logger.LogInformation("Schedule {job} kept: {cron} ({zone}), next fire {next}", name, cron, zone.Id, existing.NextFireTimeUtc);
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(name)
            .WithPriority(priority)
            .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        var next = await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
        logger.LogInformation("Schedule {job} set: {cron} ({zone}), next fire {next}", name, cron, zone.Id, next);
    }
}
