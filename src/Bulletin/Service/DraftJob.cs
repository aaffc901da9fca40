using Bulletin.Core.Collection;
using Bulletin.Core.Notification;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// The weekly draft for the week ending on the day its fire was scheduled for (<see cref="DraftWeek"/>),
/// not the day it happens to run, written under Bulletin:DraftsPath, then announced.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DraftJob(DraftRun draft, Notifier notifier, IOptions<BulletinOptions> options, TimeProvider clock, ILogger<DraftJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await DraftAsync(context.ScheduledFireTimeUtc, context.Recovering, cancellationToken);

    /// <summary>Drafts the week for a fire scheduled at <paramref name="scheduledFireUtc"/>; returns the folder written.</summary>
    public async Task<string> DraftAsync(DateTimeOffset? scheduledFireUtc, bool recovering, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var window = DraftWeek.For(scheduledFireUtc ?? clock.GetUtcNow(), settings.Zone);
        var sources = settings.LoadSources();
        var outDir = Path.GetFullPath(Path.Combine(Core.ContentPaths.Resolve(settings.DraftsPath, mustExist: false), window.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        logger.LogInformation("Draft job for {from} to {to} started (recovering: {recovering})", window.From, window.To, recovering);
        var result = await draft.RunAsync(window, sources, outDir, collect: true, progress: null, cancellationToken);
        await notifier.SendAsync(Notice.DraftReady(result.Draft, outDir, result.Files), cancellationToken);
        return outDir;
    }
}
