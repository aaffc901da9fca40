using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>The scheduled collection: the same run as the command line, over the last few days.</summary>
[DisallowConcurrentExecution]
public sealed class CollectJob(CollectionRun collection, IOptions<BulletinOptions> options, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = settings.Today(clock);
        var window = new Window(today.AddDays(1 - settings.CollectDays), today, settings.Zone);
        var sources = SourcesFile.Load(settings);
        await collection.RunAsync(sources, window, progress: null, cancellationToken);
    }
}
