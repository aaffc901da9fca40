using System.Xml.Linq;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads RSS 0.9x, 2.0 and 1.0 (RDF), and Microsoft's CDF, which looks enough like them.</summary>
internal static class RssReader
{
    private static readonly string[] PersonKeys = ["author", "dc:creator", "dc:author", "itunes:author"];

    public static FeedDocument Read(XElement root, Uri feedUrl)
    {
        var channel = Names.Key(root) == "channel" ? root : root.Child("channel") ?? root;

        // RSS 1.0 puts items beside the channel; 0.9x and 2.0 inside it.
        var items = channel.Children("item").Concat(channel == root ? [] : root.Children("item")).ToList();
        var language = channel.Child("language", "dc:language").Text() ?? channel.LangOf();
        var channelBase = channel.BaseOf(feedUrl);
        return new FeedDocument
        {
            Format = Names.Key(root) == "rdf:rdf" ? "rss10" : Names.Key(root) == "channel" ? "cdf" : "rss",
            Title = FeedText.Loose(channel.Child("title", "dc:title")),
            Link = FeedNodes.Resolve(channel.Child("link").Text() ?? channel.Attr("href"), channelBase),
            Language = language,
            Authors = FeedPeople.Distinct(channel.Children([.. PersonKeys, "managingeditor"]).Select(e => FeedPeople.FromText(e.Value))),
            Entries = items.Select(item => ReadItem(item, feedUrl, language)).ToList(),
        };
    }

    private static FeedEntry ReadItem(XElement item, Uri feedUrl, string? feedLanguage)
    {
        var links = RssLinks.Read(item, feedUrl);
        return new FeedEntry
        {
            Title = FeedText.Loose(item.Child("title", "dc:title", "media:title")),
            Link = RssLinks.Choose(item, links, feedUrl),
            Links = links,
            Published = Date(item.LastChild("pubdate", "dcterms:issued", "issued")),
            Updated = Date(item.LastChild("dc:date", "dcterms:modified", "modified")) ?? ParseDate(item.Attr("lastmod")),
            Created = Date(item.LastChild("dcterms:created", "created")),
            Summary = Summaries.Choose(
                FeedText.Loose(item.Child("description", "dc:description", "atom:summary")),
                FeedText.Loose(item.Child("content:encoded", "atom:content"))),
            Authors = FeedPeople.Distinct(item.Children(PersonKeys).Select(e => FeedPeople.FromText(e.Value))),
            Categories = item.Children("category", "dc:subject")
                .Select(e => FeedText.Loose(e)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Language = item.Child("dc:language").Text() ?? item.LangOf() ?? feedLanguage,
        };
    }

    private static PublishedDate? Date(XElement? element) => ParseDate(element?.Value);

    private static PublishedDate? ParseDate(string? text) => DateText.Parse(text);
}
