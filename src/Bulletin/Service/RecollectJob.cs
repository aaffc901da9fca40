using Bulletin.Core.Collection;
using Bulletin.Core.Review;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bulletin.Service;

/// <summary>
/// An editor's "Re-run collection": the weeks waiting in <see cref="Recollections"/>, collected again on
/// the scheduler's one worker, so it waits for a scheduled job and never runs beside one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecollectJob(DraftReview review, Recollections recollections, IOptions<BulletinOptions> options, ILogger<RecollectJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        while (recollections.Next() is { } window)
        {
            try
            {
                var sources = options.Value.LoadSources();
                var progress = recollections.Start(window, sources.Count(s => s.Enabled));
                logger.LogInformation("Re-collection of {from} to {to} started", window.From, window.To);
                recollections.Finish(window, await review.RecollectAsync(window, progress, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Re-collection of {from} to {to} failed", window.From, window.To);
                recollections.Fail(window, e is SourcesFileException ? e.Message : $"{e.GetType().Name}: {e.Message}");
            }
        }
    }
}
