using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Sources;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Listings;

/// <summary>Reads the items of an HTML listing page with a source's XPath selectors.</summary>
public static class ListingReader
{
    public static ListingPage Read(string html, Uri pageUrl, SourceSelectors selectors)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(selectors);

        var document = new HtmlDocument { OptionEmptyCollection = true };
        document.LoadHtml(html);
        var baseUrl = Links.Resolve(pageUrl, document.DocumentNode.SelectSingleNode("//head/base[@href]")?.GetAttributeValue("href", null)) ?? pageUrl;

        var items = XPathHit.Select(document.DocumentNode, selectors.Item).Where(h => h.Node is not null).Select(h => h.Node!).ToList();
        var leads = items.Select(item => ReadItem(item, baseUrl, selectors))
            .OfType<Lead>()
            .DistinctBy(l => l.Url.AbsoluteUri)
            .ToList();
        return new ListingPage(leads, Next(document, baseUrl, pageUrl, selectors.Next), items.Count);
    }

    private static Lead? ReadItem(HtmlNode item, Uri baseUrl, SourceSelectors selectors)
    {
        var linkHit = selectors.Link is { } link
            ? XPathHit.Select(item, link).FirstOrDefault()
            : item.SelectSingleNode("descendant-or-self::a[@href]") is { } anchor ? new XPathHit(anchor, null) : null;
        if (linkHit is null || Links.Resolve(baseUrl, Href(linkHit)) is not { } url)
        {
            return null;
        }

        var title = selectors.Title is { } titlePath
            ? XPathHit.Select(item, titlePath).Select(h => h.Text).FirstOrDefault(t => t.Length > 0)
            : linkHit.Node is { } linkNode ? HtmlText.Of(linkNode) : null;

        return new Lead
        {
            Url = url,
            Title = string.IsNullOrEmpty(title) ? null : title,
            Published = selectors.Date is { } datePath ? Date(XPathHit.Select(item, datePath)) : null,
            Labels = selectors.Label is { } labelPath
                ? XPathHit.Select(item, labelPath).Select(h => h.Text).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [],
            MediaType = url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : null,
        };
    }

    // An element hit stands for its own href, or the first link inside it.
    private static string? Href(XPathHit hit) =>
        hit.Value ?? hit.Node?.GetAttributeValue("href", null) ?? hit.Node?.SelectSingleNode(".//a[@href]")?.GetAttributeValue("href", null);

    // A <time> element's datetime is more exact than its visible text.
    private static PublishedDate? Date(IReadOnlyList<XPathHit> hits)
    {
        foreach (var hit in hits)
        {
            var machine = hit.Node?.GetAttributeValue("datetime", null);
            if ((DateText.Parse(HtmlText.Clean(machine)) ?? DateText.Parse(hit.Text)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static Uri? Next(HtmlDocument document, Uri baseUrl, Uri pageUrl, string? selector)
    {
        var candidates = selector is not null
            ? XPathHit.Select(document.DocumentNode, selector).Select(Href)
            : document.DocumentNode.All("//link[@href]|//a[@href]")
                .Where(n => n.GetAttributeValue("rel", string.Empty).Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase))
                .OrderBy(n => n.Name == "link" ? 0 : 1)
                .Select(n => n.GetAttributeValue("href", null));
        return candidates.Select(href => Links.Resolve(baseUrl, href)).FirstOrDefault(u => u is not null && !Links.SamePage(u, pageUrl));
    }
}
