using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>The links of an RSS item and the choice of the one that is the item's page.</summary>
internal static class RssLinks
{
    public static IReadOnlyList<FeedLink> Read(XElement item, Uri feedUrl)
    {
        var links = new List<FeedLink>();
        if (Make(item.Attr("href"), "alternate", null, item.BaseOf(feedUrl)) is { } cdf)
        {
            links.Add(cdf); // CDF gives the item's address as an attribute of the item
        }

        foreach (var element in item.Elements())
        {
            var key = Names.Key(element);
            var baseUrl = element.BaseOf(feedUrl);
            var link = key switch
            {
                "link" => Make(element.Text() ?? element.Attr("href"), "alternate", null, baseUrl),
                "enclosure" => Make(element.Attr("url") ?? element.Attr("href"), "enclosure", element.Attr("type"), baseUrl) is { } e
                    ? e with { Length = element.Attr("length") }
                    : null,
                "atom:link" => Make(element.Attr("href"), element.Attr("rel") ?? "alternate", element.Attr("type"), baseUrl),
                _ => null,
            };
            if (link is not null)
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>The item's page: its link, else a permalink guid, else an Atom alternate link, else CDF's href, else its enclosure.</summary>
    public static Uri? Choose(XElement item, IReadOnlyList<FeedLink> links, Uri feedUrl)
    {
        var link = item.Children("link").Select(e => FeedNodes.Resolve(e.Text() ?? e.Attr("href"), e.BaseOf(feedUrl))).FirstOrDefault(u => u is not null);
        return link
            ?? Permalink(item.Child("guid"))
            ?? links.FirstOrDefault(l => l.Rel == "alternate")?.Href
            ?? FeedNodes.Resolve(item.Attr("href"), item.BaseOf(feedUrl))
            ?? links.FirstOrDefault(l => l.Rel == "enclosure")?.Href;
    }

    // A guid is the item's address unless isPermaLink="false", but only when it is an absolute web address.
    private static Uri? Permalink(XElement? guid)
    {
        if (guid is null || string.Equals(guid.Attr("ispermalink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
    }

    private static FeedLink? Make(string? href, string rel, string? type, Uri baseUrl) =>
        FeedNodes.Resolve(href, baseUrl) is { } url ? new FeedLink(url, rel.Trim(), type?.Trim()) : null;
}
