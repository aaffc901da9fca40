using Bulletin.Core.Extraction.Dates;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Dates a page states for machines: JSON-LD, meta tags (Open Graph, Dublin Core, Highwire
/// citation, Sailthru, Parse.ly, itemprop) and &lt;time&gt; elements. Modified dates are kept apart,
/// for when nothing else dates the page.
/// </summary>
internal static class MarkupDates
{
    // In the order they are trusted; names compare without regard to case.
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "article.published",
        "datePublished", "dateCreated", "DC.date.issued", "dcterms.issued", "DC.date.created", "dcterms.created", "DC.date.publication",
        "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationDate", "sailthru.date",
        "parsely-pub-date", "parsely-page", "article_date_original", "originalpublicationdate", "rnews:datePublished",
        "shareaholic:article_published_time", "bt:pubDate", "cXenseParse:recs:publishtime", "dcterms.date", "DC.date", "dc:date",
        "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "publication_date", "date_published",
        "dateposted", "date", "uploadDate",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "dateModified", "DC.date.modified", "dcterms.modified",
        "dc.modified", "modified_time", "updated_time", "last-modified", "lastmod",
    ];

    // JSON-LD nodes that describe something other than the item: their dates are not its date.
    private static readonly HashSet<string> NotTheItem = new(StringComparer.OrdinalIgnoreCase)
    {
        "Comment", "ImageObject", "Person", "Organization", "WebSite", "Place", "PostalAddress", "BreadcrumbList", "ListItem",
    };

    public static Signal<PublishedDate>? FromJsonLd(PageDocument page, DateBounds bounds)
    {
        foreach (var entity in Ordered(page))
        {
            if (Allowed(entity.DatePublished, bounds) is { } date)
            {
                return new Signal<PublishedDate>(date, "JSON-LD datePublished");
            }
        }

        return null;
    }

    public static Signal<PublishedDate>? FromMeta(PageDocument page, DateBounds bounds)
    {
        foreach (var name in PublishedMeta)
        {
            foreach (var value in page.MetaAll(name))
            {
                if (Allowed(value, bounds) is { } date)
                {
                    return new Signal<PublishedDate>(date, name.Contains(':', StringComparison.Ordinal) ? name : "meta " + name);
                }
            }
        }

        return null;
    }

    /// <summary>&lt;time&gt; and itemprop elements outside the furniture: the ones marked as the publication first, then the nearest the headline.</summary>
    public static Signal<PublishedDate>? FromTimeElements(PageDocument page, DateNodes candidates, HtmlNode? heading, DateFurniture furniture, DateBounds bounds)
    {
        var nodes = candidates.Times.Where(n => !IsModified(n) && n.GetAttributeValue("itemprop", null) != "dateModified" && !Within(n, furniture)).ToList();
        if (nodes.Count == 0)
        {
            return null;
        }

        var anchor = heading?.StreamPosition ?? page.Content.StreamPosition;
        foreach (var node in nodes.OrderBy(n => Marked(n) ? 0 : 1).ThenBy(n => Distance(n.StreamPosition, anchor)))
        {
            if (Allowed(Value(node), bounds) is { } date)
            {
                return new Signal<PublishedDate>(date, "time@datetime");
            }
        }

        return null;
    }

    /// <summary>A modified date from JSON-LD, meta tags or a &lt;time&gt; marked as updated: the last resort.</summary>
    public static Signal<PublishedDate>? Modified(PageDocument page, DateNodes candidates, DateFurniture furniture, DateBounds bounds)
    {
        foreach (var entity in Ordered(page))
        {
            if (Allowed(entity.DateModified, bounds) is { } date)
            {
                return new Signal<PublishedDate>(date, "JSON-LD dateModified");
            }
        }

        foreach (var name in ModifiedMeta)
        {
            if (Allowed(page.Meta(name), bounds) is { } date)
            {
                return new Signal<PublishedDate>(date, name.Contains(':', StringComparison.Ordinal) ? name : "meta " + name);
            }
        }

        foreach (var node in candidates.Times.Where(n => IsModified(n) && !Within(n, furniture)))
        {
            if (Allowed(Value(node), bounds) is { } date)
            {
                return new Signal<PublishedDate>(date, "time@datetime (modified)");
            }
        }

        return null;
    }

    /// <summary>True for an element that says it dates a change ("updated", itemprop dateModified).</summary>
    public static bool IsModified(HtmlNode node) =>
        ClassNames.HasStem(node, "updated", "modified", "update", "edited", "lastmod") || node.GetAttributeValue("itemprop", string.Empty) == "dateModified";

    /// <summary>How far an element is from the headline, in characters of markup; what comes after it is nearer.</summary>
    public static long Distance(int position, int anchor) => position >= anchor ? position - anchor : 2L * (anchor - position);

    public static bool Within(HtmlNode node, DateFurniture furniture) => node.AncestorsAndSelf().Any(furniture.Is);

    public static PublishedDate? Allowed(string? text, DateBounds bounds) =>
        DateText.Parse(text) is { } date && bounds.Allows(date) ? date : null;

    private static IEnumerable<JsonLdEntity> Ordered(PageDocument page) =>
        page.JsonLd.Where(e => e.IsArticleLike)
            .Concat(page.JsonLd.Where(e => !e.IsArticleLike && e.IsWebPage))
            .Concat(page.JsonLd.Where(e => !e.IsArticleLike && !e.IsWebPage && !e.Types.Any(NotTheItem.Contains)));

    private static bool Marked(HtmlNode node) =>
        node.Attributes.Contains("pubdate") || node.GetAttributeValue("itemprop", string.Empty) is "datePublished"
        || ClassNames.HasStem(node, "published", "pub", "entry", "post");

    private static string? Value(HtmlNode node)
    {
        // hAtom's <abbr class="published" title="2012-03-05T10:00:00-08:00"> keeps the machine date in its title.
        var machine = node.GetAttributeValue("datetime", null) ?? node.GetAttributeValue("content", null)
            ?? (node.Name == "abbr" ? node.GetAttributeValue("title", null) : null);
        if (machine is not null && DateText.Parse(HtmlText.Clean(machine)) is not null)
        {
            return HtmlText.Clean(machine);
        }

        // A time element's own text is short; a container marked datePublished may not be.
        return node.OuterLength <= 2000 ? HtmlText.Of(node) : null;
    }
}
