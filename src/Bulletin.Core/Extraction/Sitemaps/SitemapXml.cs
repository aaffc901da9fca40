using System.Xml;

namespace Bulletin.Core.Extraction.Sitemaps;

/// <summary>Strict reading of well-formed sitemap XML, with or without the sitemaps namespace.</summary>
internal static class SitemapXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CheckCharacters = false,
    };

    /// <summary>The entries; throws <see cref="XmlException"/> when the document is not well formed.</summary>
    public static List<SitemapEntry> Read(string xml)
    {
        var entries = new List<SitemapEntry>();
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "url" or "sitemap" && !reader.IsEmptyElement)
            {
                var isSitemap = reader.LocalName == "sitemap";
                using var entry = reader.ReadSubtree();
                entries.Add(ReadEntry(entry, isSitemap));
            }
        }

        return entries;
    }

    private static SitemapEntry ReadEntry(XmlReader entry, bool isSitemap)
    {
        string? loc = null, lastMod = null, newsDate = null, newsTitle = null, newsLanguage = null;
        var newsDepth = -1;
        entry.Read();
        entry.Read();
        while (!entry.EOF)
        {
            if (entry.NodeType == XmlNodeType.EndElement && entry.Depth == newsDepth)
            {
                newsDepth = -1;
            }

            // Only direct children name the entry: image:loc and the like sit deeper.
            var direct = entry.Depth == 1;
            var inNews = newsDepth >= 0;
            switch (entry.NodeType == XmlNodeType.Element ? entry.LocalName : null)
            {
                case "news" when direct && !entry.IsEmptyElement:
                    newsDepth = entry.Depth;
                    break;

                // ReadElementContentAsString leaves the reader on the next node, so these skip the Read below.
                case "loc" when direct:
                    KeepFirst(ref loc, entry.ReadElementContentAsString());
                    continue;
                case "lastmod" when direct:
                    KeepFirst(ref lastMod, entry.ReadElementContentAsString());
                    continue;
                case "publication_date" when inNews:
                    KeepFirst(ref newsDate, entry.ReadElementContentAsString());
                    continue;
                case "title" when inNews:
                    KeepFirst(ref newsTitle, entry.ReadElementContentAsString());
                    continue;
                case "language" when inNews:
                    KeepFirst(ref newsLanguage, entry.ReadElementContentAsString());
                    continue;
            }

            entry.Read();
        }

        return new SitemapEntry(isSitemap, loc, lastMod) { NewsDate = newsDate, NewsTitle = newsTitle, NewsLanguage = newsLanguage };
    }

    // Not "slot ??= Read()": that would skip the read, and so never advance, on a repeated element.
    private static void KeepFirst(ref string? slot, string value) => slot ??= value;
}
