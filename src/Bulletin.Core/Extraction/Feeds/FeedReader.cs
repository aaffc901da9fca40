using System.Xml.Linq;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>
/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x into leads, leniently: a feed that is
/// not well-formed still yields every item a browser would show.
/// </summary>
public static class FeedReader
{
    private static readonly string[] RssRoots = ["rss", "rdf:rdf", "channel"];
    private static readonly string[] AtomRoots = ["atom:feed", "feed"];

    /// <summary>The feed's items that have a link; throws <see cref="FeedFormatException"/> when the document is not a feed.</summary>
    public static Feed Read(byte[] body, string? contentType, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        var document = ReadDocument(TextDecoder.Decode(body, contentType), feedUrl);
        return LeadProjection.ToFeed(document);
    }

    /// <summary>Every entry the feed holds, with the detail the formats carry (for tests and diagnostics).</summary>
    internal static FeedDocument ReadDocument(string text, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (trimmed.IsEmpty)
        {
            throw new FeedFormatException("The document is empty.");
        }

        if (trimmed[0] is '{' or '[')
        {
            return JsonFeedReader.Read(text, feedUrl);
        }

        var root = FindRoot(LenientXml.Parse(text))
            ?? throw new FeedFormatException("The document has no rss, rdf:RDF, channel or feed element, so it is not a feed.");
        return AtomRoots.Contains(Names.Key(root)) ? AtomReader.Read(root, feedUrl) : RssReader.Read(root, feedUrl);
    }

    // The root is normally the document element; junk or an HTML wrapper around a feed can push it down.
    private static XElement? FindRoot(XDocument document)
    {
        if (document.Root is null)
        {
            return null;
        }

        return document.Root.DescendantsAndSelf().FirstOrDefault(IsFeedRoot);
    }

    private static bool IsFeedRoot(XElement element)
    {
        var key = Names.Key(element);
        if (key == "rdf:rdf")
        {
            return IsRss10(element);
        }

        return RssRoots.Contains(key) || (AtomRoots.Contains(key) && element.Name.LocalName == "feed");
    }

    // RDF is metadata of any kind: only an rdf:RDF holding a channel or items is RSS 1.0. Pages
    // embed RDF for licences and trackbacks ("<rdf:Description … trackback:ping>"); inside an HTML
    // document it is never the feed.
    private static bool IsRss10(XElement element) =>
        element.Elements().Any(e => Names.Key(e) is "channel" or "item")
        && !element.Ancestors().Any(a => a.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase));
}
