using Bulletin.Core.Collection;

namespace Bulletin.Commands;

/// <summary>The few lines a command prints when a draft is written.</summary>
internal static class Summary
{
    public static async Task WriteAsync(TextWriter output, DraftResult result)
    {
        var draft = result.Draft;
        await output.WriteLineAsync($"Draft {draft.Window.From:yyyy-MM-dd} to {draft.Window.To:yyyy-MM-dd} ({draft.Window.Zone.Id})");
        foreach (var section in draft.Sections)
        {
            await output.WriteLineAsync($"  {section.Title}: {section.Items.Count}");
        }

        foreach (var source in draft.Sources.Where(s => Core.Storage.SourceRunStatus.NeedsAttention(s.Status)))
        {
            await output.WriteLineAsync($"  source {source.Id} {source.Status}: {source.Message}");
        }

        foreach (var file in result.Files)
        {
            await output.WriteLineAsync($"  wrote {file}");
        }
    }
}
