using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Attribution;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Review;

/// <summary>One item of the week as the review page shows it: the assembled item and where it stands.</summary>
public sealed record ReviewItem(DraftItem Item, LeftOutReason? LeftOutBecause)
{
    public string Key => Item.Key;

    public string Url => Item.Url;

    public string Title => Item.Title;

    public string Issuer => Item.Issuer;

    public string Section => Item.Section;

    public Kind Kind => Item.Kind;

    /// <summary>Whether the editors' decisions (or the classifier) keep the item in the bulletin.</summary>
    public bool Included => LeftOutBecause != LeftOutReason.Excluded;

    /// <summary>True when the bulletin actually shows the item: included and not dropped as a copy of another.</summary>
    public bool InBulletin => LeftOutBecause is null;

    /// <summary>Publication instant in the bulletin's zone.</summary>
    public DateTimeOffset Published => Item.Published;

    public string Language => Item.Language;

    public string SourceId => Item.SourceId ?? "";

    public string IssuerReason => Item.IssuerReason ?? "";

    public string KindReason => Item.KindReason ?? "";

    /// <summary>How sure attribution is of the issuer, 0 to 1; 1 once an editor set it.</summary>
    public double IssuerConfidence => Item.IssuerConfidence;

    /// <summary>How sure the classifier is of the kind, 0 to 1; 1 once an editor decided it.</summary>
    public double KindConfidence => Item.KindConfidence;

    /// <summary>Below <see cref="Attribution.Sure"/> the issuer needs a second look, as attribution itself says.</summary>
    public bool IssuerUncertain => Item.IssuerConfidence < Attribution.Sure;

    /// <summary>
    /// The kind needs a second look when nothing on the page or its source marked it: the classifier's
    /// bare guess sits below this, while a source's own channel and every label sit above it.
    /// </summary>
    public bool KindUncertain => Item.KindConfidence < UncertainKindBelow;

    /// <summary>True when the editor should check the issuer or the kind before approving.</summary>
    public bool NeedsCheck => IssuerUncertain || KindUncertain;

    /// <summary>The issuers the page's signals named, best first, with what named each.</summary>
    public IReadOnlyList<IssuerCandidate> IssuerCandidates => Item.IssuerCandidates;

    /// <summary>The other issuers the signals named, for the editor to pick instead.</summary>
    public IReadOnlyList<string> IssuerAlternatives => Item.IssuerAlternatives;

    public const double UncertainKindBelow = 0.5;

    /// <summary>The current decision per field, with editor and time.</summary>
    public IReadOnlyList<Decision> Decisions => Item.Decisions;

    public static ReviewItem Shown(DraftItem item) => new(item, null);

    public static ReviewItem Left(LeftOutItem left)
    {
        ArgumentNullException.ThrowIfNull(left);
        return new(left.Item, left.Reason);
    }
}
