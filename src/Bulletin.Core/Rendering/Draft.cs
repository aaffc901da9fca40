using Bulletin.Core.Selection;

namespace Bulletin.Core.Rendering;

/// <summary>A bulletin ready to render: the window, its sections in published order, and the source report.</summary>
public sealed record Draft(Window Window, IReadOnlyList<DraftSection> Sections, IReadOnlyList<SourceReport> Sources);

/// <summary>One section of the bulletin ("Statements and Press Releases", "Reports").</summary>
public sealed record DraftSection(string Title, IReadOnlyList<DraftItem> Items);

/// <summary>One line of the bulletin with the reasons behind it.</summary>
public sealed record DraftItem
{
    public required string Title { get; init; }

    public required string Issuer { get; init; }

    public required string Url { get; init; }

    public required DateTimeOffset Published { get; init; }

    public required string Language { get; init; }

    public string? SourceId { get; init; }

    public string? IssuerReason { get; init; }

    public string? KindReason { get; init; }

    /// <summary>How sure attribution is of <see cref="Issuer"/> (0 to 1); 1 when an editor set it.</summary>
    public double IssuerConfidence { get; init; } = 1;

    /// <summary>How sure the kind (and so the section) is; 1 when an editor decided it.</summary>
    public double KindConfidence { get; init; } = 1;

    /// <summary>The other issuers the signals named, best first, for the editor to pick from.</summary>
    public IReadOnlyList<string> IssuerAlternatives { get; init; } = [];
}

/// <summary>How one source fared in the collection behind a draft.</summary>
public sealed record SourceReport(string Id, string Status, string? Message)
{
    public static SourceReport Of(Storage.SourceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.SourceId, run.Status, run.Message);
    }
}
