using Bulletin.Core.Collection;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Learning;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Review;

/// <summary>
/// The editors' side of a week's draft: the working draft assembled live, their decisions (kept with
/// who and when, so they survive re-collection and apply to later runs), approval into numbered
/// versions, and what changed since an editor last looked.
/// </summary>
public sealed class DraftReview(Store store, DraftAssembler assembler, EditorCorrections corrections, DraftWriter renderer, EditorAdditions additions, CollectionRun collection, IOptions<BulletinOptions> options, TimeProvider clock)
{
    /// <summary>Fields an editor may set from the review page.</summary>
    public static readonly IReadOnlySet<string> EditableFields = new HashSet<string>(StringComparer.Ordinal)
    {
        DecisionFields.Title, DecisionFields.Issuer, DecisionFields.Section, DecisionFields.Included,
    };

    /// <summary>The week from <paramref name="from"/> to <paramref name="to"/> in the bulletin's zone.</summary>
    public Window WindowOf(DateOnly from, DateOnly to) => new(from, to, options.Value.Zone);

    /// <summary>The week ending today, the draft the schedule writes next.</summary>
    public Window CurrentWeek() => Window.WeekEnding(options.Value.Today(clock), options.Value.Zone);

    /// <summary>The week's working draft as the assembler shapes it, with the sources' latest health; one read of each.</summary>
    public async Task<ReviewDraft> LoadAsync(Window window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        var runs = await store.LatestSourceRunsAsync(ct);
        return new ReviewDraft
        {
            Draft = await assembler.AssembleAsync(window, runs.Select(SourceReport.Of).ToList(), ct),
            SourcesNeedingAttention = runs.Where(r => SourceRunStatus.NeedsAttention(r.Status)).ToList(),
            LatestVersion = await store.LatestDraftVersionAsync(window.From, window.To, ct),
        };
    }

    /// <summary>
    /// Saves an editor's decision on an item of the week. Returns an error for the editor, or null when saved.
    /// </summary>
    public async Task<string?> DecideAsync(Window window, string itemKey, string field, string? value, string editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        var text = value?.Trim() ?? "";
        if (!EditableFields.Contains(field))
        {
            return $"'{field}' cannot be edited here";
        }

        if (text.Length is 0 or > 1000)
        {
            return $"the {field} must be between 1 and 1000 characters";
        }

        var item = await store.FindItemAsync(itemKey, ct);
        if (item is null || !window.Contains(item.Published))
        {
            return "that item is not in this week's draft";
        }

        (var ok, text) = field switch
        {
            DecisionFields.Included => (bool.TryParse(text, out var b), b ? "true" : "false"),
            DecisionFields.Section => Sections.Named(text) is { } section ? (true, section) : (false, text),
            _ => (true, text),
        };
        if (!ok)
        {
            return $"'{text}' is not a valid {field}";
        }

        // Through the learning step, so an issuer correction also proposes the names it teaches.
        await corrections.SaveAsync(new Decision(itemKey, field, text, editor, clock.GetUtcNow()), $"{item.Title} {item.Summary}", ct);
        return null;
    }

    /// <summary>Freezes the working draft as the week's next numbered version.</summary>
    public async Task<DraftVersion> ApproveAsync(Window window, string editor, CancellationToken ct)
    {
        var current = await LoadAsync(window, ct);

        // The same templates as the draft files, read now, so an approved export is what editors publish.
        var rendered = renderer.Render(current.Draft, DraftVersion.ExportFormats, approved: true);
        var version = await store.SaveDraftVersionAsync(new DraftVersion
        {
            From = window.From,
            To = window.To,
            Version = 0,
            ApprovedBy = editor,
            ApprovedAt = clock.GetUtcNow(),
            ModelJson = rendered.Json,
            Items = current.VersionItems,
            Html = rendered.Text("html"),
            Markdown = rendered.Text("md"),
            Text = rendered.Text("txt"),
        }, ct);
        await store.MarkDraftSeenAsync(editor, window.From, window.To, version.Version, version.ApprovedAt, ct);
        return version;
    }

    /// <summary>
    /// The working draft against the version <paramref name="editor"/> last saw (else the newest
    /// approved one), then records the newest version as seen. Null when nothing is approved yet.
    /// </summary>
    public async Task<(int Since, DraftChanges Changes)?> ChangesSinceLastLookAsync(ReviewDraft draft, string editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.LatestVersion is not { } latest)
        {
            return null;
        }

        var seen = await store.LastSeenVersionAsync(editor, draft.Window.From, draft.Window.To, ct) ?? latest;
        var baseline = await store.DraftVersionAsync(draft.Window.From, draft.Window.To, seen, ct);
        await store.MarkDraftSeenAsync(editor, draft.Window.From, draft.Window.To, latest, clock.GetUtcNow(), ct);
        return baseline is null ? null : (seen, DraftChanges.Between(baseline.Items, draft.VersionItems));
    }

    /// <summary>
    /// What approving now would change against the newest approved version, and that version's
    /// number; against nothing (every item new) before the first approval.
    /// </summary>
    public async Task<(int? Latest, DraftChanges Changes)> ChangesSinceLatestAsync(ReviewDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var latest = draft.LatestVersion is { } n ? await store.DraftVersionAsync(draft.Window.From, draft.Window.To, n, ct) : null;
        return (latest?.Version, DraftChanges.Between(latest?.Items ?? [], draft.VersionItems));
    }

    /// <summary>A version and what it changed from the one before it (empty for version 1's predecessor).</summary>
    public async Task<(DraftVersion Version, DraftChanges Changes)?> VersionAsync(Window window, int number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (await store.DraftVersionAsync(window.From, window.To, number, ct) is not { } version)
        {
            return null;
        }

        var previous = number > 1 ? await store.DraftVersionAsync(window.From, window.To, number - 1, ct) : null;
        return (version, DraftChanges.Between(previous?.Items ?? [], version.Items));
    }

    /// <summary>Collects the week again from every enabled source; editors' decisions stay and apply to what comes in.</summary>
    public Task<IReadOnlyList<SourceReport>> RecollectAsync(Window window, IProgress<SourceProgress>? progress, CancellationToken ct) =>
        collection.RunAsync(options.Value.LoadSources(), window, progress, ct);

    /// <summary>Adds the page at <paramref name="url"/> to the week, attributed like a collected item.</summary>
    public Task<Addition> AddAsync(Window window, string url, string editor, CancellationToken ct) =>
        additions.AddAsync(url, window, options.Value.LoadSources(), editor, ct);
}
