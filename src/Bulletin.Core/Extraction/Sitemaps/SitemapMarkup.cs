using System.Net;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Sitemaps;

/// <summary>
/// Lenient reading for sitemaps that are not well-formed XML (a bare '&amp;' in a URL, a stray tag),
/// through the HTML parser, which never refuses a document.
/// </summary>
internal static class SitemapMarkup
{
    public static List<SitemapEntry> Read(string xml)
    {
        var doc = new HtmlDocument { OptionFixNestedTags = false };
        doc.LoadHtml(xml);
        var entries = new List<SitemapEntry>();
        foreach (var node in doc.DocumentNode.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Element && LocalName(node) is "url" or "sitemap")
            {
                entries.Add(ReadEntry(node, LocalName(node) == "sitemap"));
            }
        }

        return entries;
    }

    private static SitemapEntry ReadEntry(HtmlNode entry, bool isSitemap)
    {
        var children = entry.ChildNodes.Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        var news = children.FirstOrDefault(n => LocalName(n) == "news");
        string? NewsField(string name) =>
            news?.Descendants().FirstOrDefault(n => n.NodeType == HtmlNodeType.Element && LocalName(n) == name) is { } found ? Content(found) : null;

        return new SitemapEntry(
            isSitemap,
            children.FirstOrDefault(n => LocalName(n) == "loc") is { } loc ? Content(loc) : null,
            children.FirstOrDefault(n => LocalName(n) == "lastmod") is { } lastMod ? Content(lastMod) : null)
        {
            NewsDate = NewsField("publication_date"),
            NewsTitle = NewsField("title"),
            NewsLanguage = NewsField("language"),
        };
    }

    private static string LocalName(HtmlNode node) => node.Name[(node.Name.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static string Content(HtmlNode node)
    {
        var raw = node.InnerHtml.Trim();
        if (raw.StartsWith("<![CDATA[", StringComparison.Ordinal) && raw.EndsWith("]]>", StringComparison.Ordinal))
        {
            return raw[9..^3];
        }

        return WebUtility.HtmlDecode(raw);
    }
}
