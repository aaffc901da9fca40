using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>An Atom feed's or entry's links, and the choice of the one that is its page.</summary>
internal static class AtomLinks
{
    public static IReadOnlyList<FeedLink> Read(XElement parent, Uri feedUrl)
    {
        var links = new List<FeedLink>();
        foreach (var element in parent.Children("atom:link", "link"))
        {
            // Atom 0.3 feeds in the wild sometimes put the address in the element, not in href.
            var href = element.Attr("href") ?? element.Text();
            if (FeedNodes.Resolve(href, element.BaseOf(feedUrl)) is not { } url)
            {
                continue;
            }

            var rel = element.Attr("rel")?.Trim();
            links.Add(new FeedLink(
                url,
                string.IsNullOrEmpty(rel) ? "alternate" : rel,
                element.Attr("type")?.Trim(),
                element.Attr("title"),
                element.Attr("hreflang")?.Trim(),
                element.Attr("length")?.Trim()));
        }

        return links;
    }

    /// <summary>The alternate link, else an enclosure (a document published as a file), else the first link.</summary>
    public static Uri? Choose(IReadOnlyList<FeedLink> links) =>
        (links.FirstOrDefault(l => l.Rel == "alternate")
            ?? links.FirstOrDefault(l => l.Rel == "enclosure")
            ?? links.FirstOrDefault(l => l.Rel is not ("self" or "edit" or "replies" or "license"))
            ?? links.FirstOrDefault())?.Href;
}
