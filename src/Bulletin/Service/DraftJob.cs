using Bulletin.Core.Collection;
using Bulletin.Core.Notification;
using Bulletin.Core.Selection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>The weekly draft for the week ending on the day the job runs, written under Bulletin:DraftsPath, then announced.</summary>
[DisallowConcurrentExecution]
public sealed class DraftJob(DraftRun draft, Notifier notifier, IOptions<BulletinOptions> options, TimeProvider clock, ILogger<DraftJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = settings.Today(clock);
        var window = Window.WeekEnding(today, settings.Zone);
        var sources = settings.LoadSources();
        var outDir = Path.GetFullPath(Path.Combine(Core.ContentPaths.Resolve(settings.DraftsPath, mustExist: false), today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        logger.LogInformation("Draft job for {from} to {to} started (recovering: {recovering})", window.From, window.To, context.Recovering);
        var result = await draft.RunAsync(window, sources, outDir, collect: true, progress: null, cancellationToken);
        await notifier.SendAsync(Notice.DraftReady(result.Draft, outDir, result.Files), cancellationToken);
    }
}
