using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads when a page was published, weighing its dates as a careful reader would: markup made for
/// machines first (JSON-LD, meta tags, &lt;time&gt;), then a full date in the URL, then dates shown
/// around the headline and byline, then labelled dates and date lines elsewhere in the item, and a
/// modified date only when nothing else dates the page. Dates in furniture (comments, related
/// lists, sidebars, footers, copyright lines) and in running text ("on 12 May 2025 the junta …")
/// are never taken, nor dates before 1995 or after the page was fetched. Comments in the markup
/// ("Last Published: …", a site export's time) are not text and are never read.
/// </summary>
public static class PublishedReader
{
    /// <summary>The page's publication date with the signal it came from, or null.</summary>
    /// <param name="page">The parsed page.</param>
    /// <param name="fetched">When the page was fetched: later dates are not its publication date. Null sets no bound.</param>
    public static Signal<PublishedDate>? Read(PageDocument page, DateTimeOffset? fetched = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var bounds = new DateBounds(fetched);
        if ((MarkupDates.FromJsonLd(page, bounds) ?? MarkupDates.FromMeta(page, bounds)) is { } stated)
        {
            return stated;
        }

        var heading = TitleReader.Heading(page);
        var furniture = new DateFurniture(page, heading);
        var nodes = DateNodes.Of(page);
        if ((MarkupDates.FromTimeElements(page, nodes, heading, furniture, bounds) ?? UrlDates.Read(page, Canonical(page), bounds)) is { } marked)
        {
            return marked;
        }

        var visible = new VisibleDates(page, nodes, heading, furniture, bounds).Read(out var visibleChange);
        return visible ?? MarkupDates.Modified(page, nodes, furniture, bounds) ?? visibleChange;
    }

    /// <summary>True for a short line that is nothing but a date ("May 20, 2025", "၂၂.၅.၂၀၂၅").</summary>
    public static bool IsDateOnly(string text) =>
        text.Length <= 40 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && DateText.Parse(text) is not null
        && !text.Contains(". ", StringComparison.Ordinal);

    private static Uri? Canonical(PageDocument page) =>
        page.Resolve(page.Root.SelectSingleNode("//head/link[@rel='canonical']")?.GetAttributeValue("href", null));
}
