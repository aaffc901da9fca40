using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Review;

/// <summary>
/// The working draft of one week as editors review it: the assembled draft (the bulletin as it would
/// read now and the items it leaves out), the sources' latest health and the newest approved version.
/// </summary>
public sealed record ReviewDraft
{
    /// <summary>The draft as <see cref="DraftAssembler"/> shapes it; the page shows it as it is.</summary>
    public required Draft Draft { get; init; }

    /// <summary>The latest run of each source that is not ok.</summary>
    public required IReadOnlyList<SourceRun> SourcesNeedingAttention { get; init; }

    /// <summary>The newest approved version of the week, if any.</summary>
    public int? LatestVersion { get; init; }

    public Window Window => Draft.Window;

    /// <summary>The items the bulletin shows, section by section in reading order.</summary>
    public IEnumerable<(DraftSection Section, IReadOnlyList<ReviewItem> Items)> Sections =>
        Draft.Sections.Select(s => (s, (IReadOnlyList<ReviewItem>)s.Items.Select(ReviewItem.Shown).ToList()));

    /// <summary>Items of the week the bulletin does not show (excluded, or dropped as a copy), earliest first.</summary>
    public IReadOnlyList<ReviewItem> LeftOut => Draft.LeftOut.Select(ReviewItem.Left).ToList();

    /// <summary>The bulletin's items as a version would record them.</summary>
    public IReadOnlyList<VersionItem> VersionItems => Draft.Items.Select(VersionItem.Of).ToList();
}
