using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Deduplication;

/// <summary>
/// Which page is the original of a copy: the one place the collector, attribution and the accuracy
/// report ask. A page whose canonical link, or whose "Source:" / "Originally published" link, points
/// to another site is a copy of that page.
/// </summary>
public static class Originals
{
    /// <summary>The issuer's own copy a page points to on another site, or null when the page is its own.</summary>
    public static Uri? Of(PageFacts page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Canonical is { } canonical && !Links.SameSite(canonical, page.Url))
        {
            return canonical;
        }

        return page.OriginalUrl is { } original && !Links.SameSite(original, page.Url) ? original : null;
    }
}
