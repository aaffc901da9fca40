using Bulletin.Core.Classification;
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

    /// <summary>The current decision per field, with editor and time.</summary>
    public IReadOnlyList<Decision> Decisions => Item.Decisions;

    public static ReviewItem Shown(DraftItem item) => new(item, null);

    public static ReviewItem Left(LeftOutItem left)
    {
        ArgumentNullException.ThrowIfNull(left);
        return new(left.Item, left.Reason);
    }
}
