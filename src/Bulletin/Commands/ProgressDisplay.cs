using Bulletin.Core.Collection;

namespace Bulletin.Commands;

/// <summary>
/// Progress per source. A terminal gets a live table, one line per source rewritten in place; a
/// redirected stream (a log, CI) gets plain lines: one when a source is read, one when its items are done.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Plain lines on <paramref name="writer"/>.</summary>
    public static IProgress<SourceProgress> For(TextWriter writer) => new LineProgress(writer);

    /// <summary>On standard error: a live table when it is a terminal, plain lines otherwise.</summary>
    public static IProgress<SourceProgress> ForStandardError() =>
        Console.IsErrorRedirected ? new LineProgress(Console.Error) : new TableProgress(Console.Error);

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

    /// <summary>One row per source, redrawn with ANSI cursor moves as reports arrive.</summary>
    private sealed class TableProgress(TextWriter writer) : IProgress<SourceProgress>
    {
        private readonly Lock gate = new();
        private readonly List<string> order = [];
        private readonly Dictionary<string, string> rows = new(StringComparer.Ordinal);
        private int drawn;

        public void Report(SourceProgress value)
        {
            var row = value.Stage switch
            {
                "reading" => "reading…",
                "read" => $"read: {value.Detail}",
                "items" => value.Done == value.Total ? $"done: {value.Total} items" : $"items {value.Done}/{value.Total}",
                _ => null,
            };
            if (row is null)
            {
                return;
            }

            lock (gate)
            {
                if (!rows.ContainsKey(value.SourceId))
                {
                    order.Add(value.SourceId);
                }

                rows[value.SourceId] = row;
                Redraw();
            }
        }

        private void Redraw()
        {
            var width = order.Max(id => id.Length);
            if (drawn > 0)
            {
                writer.Write($"\u001b[{drawn}A");
            }

            foreach (var id in order)
            {
                writer.Write("\u001b[2K\r");
                writer.WriteLine($"  {id.PadRight(width)}  {rows[id]}");
            }

            drawn = order.Count;
            writer.Flush();
        }
    }
}
