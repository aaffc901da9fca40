using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>The weekly draft for the week ending on the day the job runs, written under Bulletin:DraftsPath.</summary>
[DisallowConcurrentExecution]
public sealed class DraftJob(DraftRun draft, IOptions<BulletinOptions> options, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = settings.Today(clock);
        var window = Window.WeekEnding(today, settings.Zone);
        var sources = SourcesFile.Load(settings);
        var outDir = Path.Combine(settings.DraftsPath, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await draft.RunAsync(window, sources, outDir, collect: true, progress: null, cancellationToken);
    }
}
