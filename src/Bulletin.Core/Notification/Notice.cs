using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Notification;

/// <summary>One thing worth telling editors: a draft is ready, or sources need attention. Serialized as the webhook's JSON body.</summary>
public sealed record Notice
{
    public const string DraftReadyEvent = "draft-ready";
    public const string SourcesNeedAttentionEvent = "sources-need-attention";

    /// <summary><see cref="DraftReadyEvent"/> or <see cref="SourcesNeedAttentionEvent"/>.</summary>
    public required string Event { get; init; }

    public required NoticeWindow Window { get; init; }

    /// <summary>Items per section of the draft; empty for a sources notice.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    public int Items => Counts.Values.Sum();

    public IReadOnlyList<SourceReport> SourcesNeedingAttention { get; init; } = [];

    /// <summary>Where the draft was written (a folder), when there is one.</summary>
    public string? DraftPath { get; init; }

    /// <summary>The draft's files.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public static Notice DraftReady(Draft draft, string draftPath, IReadOnlyList<string> files) => new()
    {
        Event = DraftReadyEvent,
        Window = NoticeWindow.Of(draft.Window),
        Counts = draft.Sections.ToDictionary(s => s.Title, s => s.Items.Count),
        SourcesNeedingAttention = [.. draft.Sources.Where(s => SourceRunStatus.NeedsAttention(s.Status))],
        DraftPath = draftPath,
        Files = files,
    };

    public static Notice SourcesNeedAttention(Window window, IReadOnlyList<SourceReport> sources) => new()
    {
        Event = SourcesNeedAttentionEvent,
        Window = NoticeWindow.Of(window),
        SourcesNeedingAttention = sources,
    };

    /// <summary>A one-line subject for e-mail and logs.</summary>
    public string Subject => Event == DraftReadyEvent
        ? $"Bulletin draft ready: {Window.From} to {Window.To}, {Items} items" + (SourcesNeedingAttention.Count > 0 ? $", {SourcesNeedingAttention.Count} source(s) need attention" : "")
        : $"Bulletin: {SourcesNeedingAttention.Count} source(s) need attention";

    /// <summary>The plain-text body for e-mail.</summary>
    public string Body()
    {
        var lines = new List<string> { Subject, "", $"Window: {Window.From} to {Window.To} ({Window.TimeZone})" };
        lines.AddRange(Counts.Select(c => $"  {c.Key}: {c.Value}"));
        if (DraftPath is not null)
        {
            lines.Add($"Draft: {DraftPath}");
        }

        if (SourcesNeedingAttention.Count > 0)
        {
            lines.Add("");
            lines.Add("Sources needing attention:");
            lines.AddRange(SourcesNeedingAttention.Select(s => $"  {s.Id} {s.Status}: {s.Message}"));
        }

        return string.Join("\n", lines) + "\n";
    }
}

/// <summary>The dates a notice is about, as YYYY-MM-DD in the bulletin's time zone.</summary>
public sealed record NoticeWindow(string From, string To, string TimeZone)
{
    public static NoticeWindow Of(Window window) => new(
        window.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        window.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        window.Zone.Id);
}
