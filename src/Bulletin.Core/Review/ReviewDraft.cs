using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Review;

/// <summary>
/// The working draft of one week, assembled live from stored items and editors' decisions: the
/// bulletin as it would read now, every item of the week behind it, and the sources' latest health.
/// </summary>
public sealed record ReviewDraft
{
    public required Window Window { get; init; }

    /// <summary>The bulletin as it reads now: both sections, items in issuer order.</summary>
    public required Draft Draft { get; init; }

    /// <summary>Every item published in the week, those left out included, by key.</summary>
    public required IReadOnlyDictionary<string, ReviewItem> Items { get; init; }

    /// <summary>The latest run of each source that is not ok.</summary>
    public required IReadOnlyList<SourceRun> SourcesNeedingAttention { get; init; }

    /// <summary>The newest approved version of the week, if any.</summary>
    public int? LatestVersion { get; init; }

    /// <summary>The items the bulletin shows, section by section in reading order.</summary>
    public IEnumerable<(DraftSection Section, IReadOnlyList<ReviewItem> Items)> Sections =>
        Draft.Sections.Select(s => (s, (IReadOnlyList<ReviewItem>)s.Items.Select(i => Items[UrlKeyOf(i)]).ToList()));

    /// <summary>Items of the week the bulletin does not show (excluded, or dropped as a copy).</summary>
    public IReadOnlyList<ReviewItem> LeftOut => Items.Values.Where(i => !i.InBulletin).OrderBy(i => i.Published).ToList();

    /// <summary>The bulletin's items as a version would record them.</summary>
    public IReadOnlyList<VersionItem> VersionItems => Sections.SelectMany(s => s.Items).Select(i => i.ToVersionItem()).ToList();

    // The assembler passes the stored URL through; the review items are indexed by the same.
    private string UrlKeyOf(DraftItem item) => Items.Values.First(i => string.Equals(i.Url, item.Url, StringComparison.Ordinal)).Key;
}
