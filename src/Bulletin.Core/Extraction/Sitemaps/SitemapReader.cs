using System.Xml;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Extraction.Sitemaps;

/// <summary>
/// Reads sitemaps and sitemap indexes (sitemaps.org, WordPress core, Yoast and the like), leniently:
/// the namespace is optional, malformed XML falls back to a forgiving parser, and a plain-text
/// sitemap (one URL a line) is accepted.
/// </summary>
public static class SitemapReader
{
    public static Sitemap Read(string xml, Uri sitemapUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sitemapUrl);

        // A BOM or blank line before the XML declaration makes XmlReader refuse the whole document.
        var text = xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length > 0 && text[0] != '<')
        {
            return PlainText(text);
        }

        List<SitemapEntry> entries;
        try
        {
            entries = SitemapXml.Read(text);
        }
        catch (XmlException)
        {
            entries = SitemapMarkup.Read(text);
        }

        var urls = new List<Lead>();
        var children = new List<Uri>();
        var seen = new HashSet<Uri>();
        foreach (var entry in entries)
        {
            if (Resolve(entry.Loc, sitemapUrl) is not { } loc || !seen.Add(loc))
            {
                continue;
            }

            if (entry.IsSitemap)
            {
                children.Add(loc);
                continue;
            }

            urls.Add(new Lead
            {
                Url = loc,
                Title = Trimmed(entry.NewsTitle),
                Published = DateText.Parse(entry.NewsDate) ?? DateText.Parse(entry.LastMod),
                Language = Trimmed(entry.NewsLanguage),
            });
        }

        return new Sitemap(urls, children);
    }

    /// <summary>The text format holds full URLs only, so anything else on a line is noise, not a path.</summary>
    private static Sitemap PlainText(string text)
    {
        var urls = text.Split('\n')
            .Select(line => Uri.TryCreate(line.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null)
            .OfType<Uri>()
            .Distinct()
            .Select(url => new Lead { Url = url })
            .ToList();
        return new Sitemap(urls, []);
    }

    private static Uri? Resolve(string? loc, Uri sitemapUrl)
    {
        var trimmed = Trimmed(loc);
        return trimmed is not null && Uri.TryCreate(sitemapUrl, trimmed, out var url) && url.Scheme is "http" or "https" ? url : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
