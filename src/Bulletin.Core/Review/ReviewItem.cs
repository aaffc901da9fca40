using Bulletin.Core.Classification;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Review;

/// <summary>One stored item of the week as editors review it: its corrected fields, why it is where it is, and who decided what.</summary>
public sealed record ReviewItem
{
    public required string Key { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    public required string Issuer { get; init; }

    public required string Section { get; init; }

    public required Kind Kind { get; init; }

    /// <summary>Whether the editors' decisions (or the classifier) keep the item in the bulletin.</summary>
    public required bool Included { get; init; }

    /// <summary>True when the bulletin actually shows the item: included and not dropped as a copy of another.</summary>
    public required bool InBulletin { get; init; }

    /// <summary>Publication instant in the bulletin's zone.</summary>
    public required DateTimeOffset Published { get; init; }

    public required string Language { get; init; }

    public required string SourceId { get; init; }

    public required string IssuerReason { get; init; }

    public required string KindReason { get; init; }

    /// <summary>The current decision per field, with editor and time.</summary>
    public required IReadOnlyList<Decision> Decisions { get; init; }

    public VersionItem ToVersionItem() => new(Key, Title, Issuer, Section, Url);
}
