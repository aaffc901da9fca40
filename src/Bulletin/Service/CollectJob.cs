using Bulletin.Core.Collection;
using Bulletin.Core.Notification;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// The scheduled collection: the same run as the command line, over the last few days. Editors are
/// told about a source when it starts needing attention, not again at every run while it still does.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CollectJob(CollectionRun collection, Store store, Notifier notifier, IOptions<BulletinOptions> options, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var window = settings.RecentDays(clock);
        var reports = await collection.RunAsync(settings.LoadSources(), window, progress: null, cancellationToken);
        var fresh = new List<SourceReport>();
        foreach (var report in reports.Where(r => SourceRunStatus.NeedsAttention(r.Status)))
        {
            // This run is the newest; the one before it says whether the source already needed attention.
            var runs = await store.SourceRunsAsync(report.Id, 2, cancellationToken);
            if (runs.Count < 2 || !SourceRunStatus.NeedsAttention(runs[1].Status))
            {
                fresh.Add(report);
            }
        }

        if (fresh.Count > 0)
        {
            await notifier.SendAsync(Notice.SourcesNeedAttention(window, fresh), cancellationToken);
        }
    }
}
