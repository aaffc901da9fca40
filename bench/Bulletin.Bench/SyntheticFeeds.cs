using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Bulletin.Bench;

/// <summary>
/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents shaped like WordPress and CMS feeds: full content,
/// categories, authors and a self link, so a feed costs what a real one costs to read.
/// </summary>
internal static class SyntheticFeeds
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static string ContentType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=UTF-8",
        FeedFormat.Atom => "application/atom+xml; charset=UTF-8",
        _ => "application/feed+json; charset=UTF-8",
    };

    public static byte[] Render(FeedFormat format, SyntheticPublisher publisher, Uri feedUrl, IReadOnlyList<SyntheticItem> items, SyntheticText text) =>
        Encoding.UTF8.GetBytes(format switch
        {
            FeedFormat.Rss => Rss(publisher, feedUrl, items, text),
            FeedFormat.Atom => Atom(publisher, feedUrl, items, text),
            _ => JsonFeed(publisher, feedUrl, items, text),
        });

    private static string Rss(SyntheticPublisher publisher, Uri feedUrl, IReadOnlyList<SyntheticItem> items, SyntheticText text)
    {
        var channel = new XElement("channel",
            new XElement("title", publisher.Name),
            new XElement(AtomNs + "link", new XAttribute("href", feedUrl), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            new XElement("link", publisher.Home),
            new XElement("description", $"Statements and reports from {publisher.Name}"),
            new XElement("lastBuildDate", Rfc822(items.Max(i => i.Published))),
            new XElement("language", publisher.Language == "my" ? "my-MM" : "en-US"),
            new XElement("generator", "https://wordpress.org/?v=6.5.3"));
        foreach (var item in items)
        {
            channel.Add(new XElement("item",
                new XElement("title", item.Title),
                new XElement("link", item.Url),
                new XElement(Dc + "creator", new XCData(publisher.Name)),
                new XElement("pubDate", Rfc822(item.Published)),
                new XElement("category", new XCData("Statements")),
                new XElement("category", new XCData("Myanmar")),
                new XElement("guid", new XAttribute("isPermaLink", "false"), $"{publisher.Home}?p={item.Url.AbsolutePath.GetHashCode(StringComparison.Ordinal) & 0xFFFF}"),
                new XElement("description", new XCData(item.Summary + " […]")),
                new XElement(Content + "encoded", new XCData(Body(item.Language, text)))));
        }

        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "content", Content), new XAttribute(XNamespace.Xmlns + "dc", Dc), new XAttribute(XNamespace.Xmlns + "atom", AtomNs),
            channel);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + rss;
    }

    private static string Atom(SyntheticPublisher publisher, Uri feedUrl, IReadOnlyList<SyntheticItem> items, SyntheticText text)
    {
        var feed = new XElement(AtomNs + "feed", new XAttribute(XNamespace.Xml + "lang", publisher.Language),
            new XElement(AtomNs + "title", publisher.Name),
            new XElement(AtomNs + "subtitle", $"Latest from {publisher.Name}"),
            new XElement(AtomNs + "id", feedUrl),
            new XElement(AtomNs + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(AtomNs + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", publisher.Home)),
            new XElement(AtomNs + "updated", Iso(items.Max(i => i.Published))));
        foreach (var item in items)
        {
            feed.Add(new XElement(AtomNs + "entry",
                new XElement(AtomNs + "title", new XAttribute("type", "html"), item.Title),
                new XElement(AtomNs + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", item.Url)),
                new XElement(AtomNs + "id", item.Url),
                new XElement(AtomNs + "published", Iso(item.Published)),
                new XElement(AtomNs + "updated", Iso(item.Published.AddHours(2))),
                new XElement(AtomNs + "author", new XElement(AtomNs + "name", publisher.Name)),
                new XElement(AtomNs + "category", new XAttribute("term", "statements")),
                new XElement(AtomNs + "summary", new XAttribute("type", "html"), item.Summary),
                new XElement(AtomNs + "content", new XAttribute("type", "html"), Body(item.Language, text))));
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed;
    }

    private static string JsonFeed(SyntheticPublisher publisher, Uri feedUrl, IReadOnlyList<SyntheticItem> items, SyntheticText text)
    {
        var entries = new JsonArray();
        foreach (var item in items)
        {
            entries.Add(new JsonObject
            {
                ["id"] = item.Url.AbsoluteUri,
                ["url"] = item.Url.AbsoluteUri,
                ["title"] = item.Title,
                ["summary"] = item.Summary,
                ["content_html"] = Body(item.Language, text),
                ["date_published"] = Iso(item.Published),
                ["authors"] = new JsonArray(new JsonObject { ["name"] = publisher.Name }),
                ["tags"] = new JsonArray("statements", "myanmar"),
                ["language"] = item.Language,
            });
        }

        return new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = publisher.Name,
            ["home_page_url"] = publisher.Home.AbsoluteUri,
            ["feed_url"] = feedUrl.AbsoluteUri,
            ["language"] = publisher.Language,
            ["items"] = entries,
        }.ToJsonString();
    }

    private static string Body(string language, SyntheticText text) =>
        string.Concat(Enumerable.Range(0, text.Next(3, 7)).Select(_ => $"<p>{text.Paragraph(language)}</p>\n"));

    private static string Rfc822(DateTimeOffset instant) =>
        instant.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + instant.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
