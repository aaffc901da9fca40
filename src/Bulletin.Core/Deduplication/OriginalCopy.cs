using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Deduplication;

/// <summary>
/// A page that is a copy of another site's: its canonical link, or a "Source:" link, points to
/// another host. The issuer's own copy is the one collected; the copy's URL is remembered as its alias.
/// </summary>
public static class OriginalCopy
{
    /// <summary>The issuer's own copy the page points to on another site, or null when the page is its own.</summary>
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
