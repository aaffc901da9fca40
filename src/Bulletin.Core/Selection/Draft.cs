using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Selection;

/// <summary>
/// A week's bulletin as <see cref="DraftAssembler"/> shapes it: both standard sections in published order,
/// items in issuer order, the items of the week it leaves out, and how each source fared.
/// Rendering writes it as it is; nothing downstream reorders or re-decides it.
/// </summary>
public sealed record Draft(Window Window, IReadOnlyList<DraftSection> Sections, IReadOnlyList<SourceReport> Sources)
{
    /// <summary>Items of the week the bulletin does not show: excluded, or dropped as a copy of another.</summary>
    public IReadOnlyList<LeftOutItem> LeftOut { get; init; } = [];

    /// <summary>The bulletin's items, section by section in reading order.</summary>
    public IEnumerable<DraftItem> Items => Sections.SelectMany(s => s.Items);

    /// <summary>The number of items the bulletin shows.</summary>
    public int ItemCount => Sections.Sum(s => s.Items.Count);
}

/// <summary>One section of the bulletin ("Statements and Press Releases", "Reports").</summary>
public sealed record DraftSection(string Title, IReadOnlyList<DraftItem> Items);

/// <summary>One item of the week with the editors' corrections applied and the reasons behind it.</summary>
public sealed record DraftItem
{
    /// <summary>The store's key of the item (its canonical URL folded, see <see cref="Deduplication.UrlKey"/>).</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    public required string Issuer { get; init; }

    public required string Url { get; init; }

    /// <summary>Publication instant at the bulletin zone's offset (<see cref="Window.InZone"/>).</summary>
    public required DateTimeOffset Published { get; init; }

    public required string Language { get; init; }

    public required Kind Kind { get; init; }

    /// <summary>The section the item belongs in, also for an item left out.</summary>
    public required string Section { get; init; }

    public string? SourceId { get; init; }

    public string? IssuerReason { get; init; }

    public string? KindReason { get; init; }

    /// <summary>The editors' current decision per field, with who and when.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>How sure attribution is of <see cref="Issuer"/> (0 to 1); 1 when an editor set it.</summary>
    public double IssuerConfidence { get; init; } = 1;

    /// <summary>How sure the kind (and so the section) is; 1 when an editor decided it.</summary>
    public double KindConfidence { get; init; } = 1;

    /// <summary>The other issuers the signals named, best first, for the editor to pick from.</summary>
    public IReadOnlyList<string> IssuerAlternatives { get; init; } = [];

    /// <summary>Every issuer the page's signals named, best first, with the signals behind each.</summary>
    public IReadOnlyList<Classification.Attribution.IssuerCandidate> IssuerCandidates { get; init; } = [];
}

/// <summary>An item of the week the bulletin leaves out, and why.</summary>
/// <param name="Item">The item, corrected as editors decided.</param>
/// <param name="Reason">Excluded, or a copy of another item.</param>
/// <param name="CopyOf">For a copy, the key of the item kept in its place.</param>
public sealed record LeftOutItem(DraftItem Item, LeftOutReason Reason, string? CopyOf = null);

/// <summary>Why an item of the week is not in the bulletin.</summary>
public enum LeftOutReason
{
    /// <summary>An editor, or the classifier, excluded it.</summary>
    Excluded,

    /// <summary>The same statement is in the bulletin under another URL.</summary>
    Copy,
}

/// <summary>How one source fared in the collection behind a draft.</summary>
public sealed record SourceReport(string Id, string Status, string? Message)
{
    public static SourceReport Of(SourceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.SourceId, run.Status, run.Message);
    }
}
