using Bulletin.Core.Collection;
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
        await collection.RunAsync(SourcesFile.Load(settings), settings.RecentDays(clock), progress: null, cancellationToken);
    }
}
