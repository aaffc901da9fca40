using Bulletin.Core.Collection;

namespace Bulletin.Commands;

/// <summary>
/// Progress per source: a line when a source is read and when its items are done. Plain lines
/// suit both terminals and logs; interactive terminals get the same lines, flushed as they come.
/// </summary>
internal static class ProgressDisplay
{
    public static IProgress<SourceProgress> For(TextWriter writer) => new LineProgress(writer);

    private sealed class LineProgress(TextWriter writer) : IProgress<SourceProgress>
    {
        private readonly Lock gate = new();

        public void Report(SourceProgress value)
        {
            var line = value.Stage switch
            {
                "read" => $"[{value.SourceId}] read: {value.Detail}",
                "items" when value.Done == value.Total => $"[{value.SourceId}] items: {value.Done}/{value.Total} done",
                _ => null,
            };
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                writer.WriteLine(line);
                writer.Flush();
            }
        }
    }
}
