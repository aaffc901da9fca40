using System.Collections.Concurrent;
using Bulletin.Core.Classification;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;

namespace Bulletin.Commands;

/// <summary>
/// What <c>sources check</c> prints: per source, its status, then every lead with what became of it:
/// an item for the bulletin (date, kind, issuer and the reasons), or the reason it was dropped.
/// </summary>
internal sealed class SourceCheckReport(TextWriter live) : IProgress<SourceProgress>
{
    private readonly ConcurrentQueue<SourceProgress> leads = new();
    private readonly IProgress<SourceProgress> display = ProgressDisplay.For(live);

    public void Report(SourceProgress value)
    {
        if (value.Outcome is not null)
        {
            leads.Enqueue(value);
        }

        display.Report(value);
    }

    public void Write(TextWriter output, Window window, IReadOnlyList<SourceReport> sources)
    {
        output.WriteLine($"Window {window.From:yyyy-MM-dd} to {window.To:yyyy-MM-dd} ({window.Zone.Id})");
        foreach (var source in sources)
        {
            output.WriteLine();
            output.WriteLine($"{source.Id}: {source.Status}{(source.Message is null ? "" : $" ({source.Message})")}");
            var mine = leads.Where(l => l.SourceId == source.Id).Select(l => (Line: Describe(l, window), l.Lead!)).OrderBy(l => l.Line.Order).ThenBy(l => l.Line.Heading, StringComparer.Ordinal).ToList();
            if (mine.Count == 0)
            {
                output.WriteLine("  no items listed");
            }

            foreach (var (line, lead) in mine)
            {
                output.WriteLine($"  {line.Heading}");
                output.WriteLine($"      {line.Title ?? lead.Title ?? "(no title)"}");
                output.WriteLine($"      {line.Url ?? lead.Url.AbsoluteUri}");
                output.WriteLine($"      {line.Why}");
            }

            var kept = mine.Count(m => m.Line.Order == 0);
            output.WriteLine($"  {kept} for the bulletin, {mine.Count - kept} dropped");
        }
    }

    private static Line Describe(SourceProgress progress, Window window)
    {
        var outcome = progress.Outcome!;
        if (outcome.Item is not { } item)
        {
            return new(2, $"- {outcome.Result.ToString().ToLowerInvariant()}", null, null, $"why: {outcome.Reason}");
        }

        var local = window.InZone(item.Published);
        var heading = $"{(item.Kind == Kind.Excluded || !window.Contains(item.Published) ? "-" : "+")} {local:yyyy-MM-dd HH:mm}  {item.Kind}  by {item.Issuer}  [{item.Language}]";
        var why = $"kind: {item.KindReason}; issuer: {item.IssuerReason}";
        if (item.Kind == Kind.Excluded)
        {
            return new(1, heading, item.Title, item.Url, $"dropped, not for the bulletin: {why}");
        }

        return window.Contains(item.Published)
            ? new(0, heading, item.Title, item.Url, why)
            : new(1, heading, item.Title, item.Url, $"dropped, published outside the window; {why}");
    }

    private sealed record Line(int Order, string Heading, string? Title, string? Url, string Why);
}
