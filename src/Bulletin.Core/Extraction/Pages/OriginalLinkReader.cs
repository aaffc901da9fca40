using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Finds where a reposted item first appeared: a "Source:" or "Originally published" link, or a
/// canonical on another site. Links to the page's own host never count.
/// </summary>
public static partial class OriginalLinkReader
{
    public static Uri? Read(PageDocument page, Uri? canonical)
    {
        var stated = SourceNodes(page)
            .SelectMany(n => n.Name == "a" ? new[] { n } : n.All(".//a[@href]").ToArray())
            .Select(a => page.Resolve(a.GetAttributeValue("href", null)))
            .FirstOrDefault(u => u is not null && !Links.SameSite(u, page.Url));
        if (stated is not null)
        {
            return WithoutTracking(stated);
        }

        return canonical is not null && !Links.SameSite(canonical, page.Url) ? canonical : null;
    }

    // Elements marked as the source, or whose text starts "Source:", "Originally published …".
    private static IEnumerable<HtmlNode> SourceNodes(PageDocument page)
    {
        foreach (var node in page.Elements.BodyClassed.Where(n => ClassNames.HasStem(n, "source", "original", "repost", "via") && !page.WithinChrome(n)))
        {
            yield return node;
        }

        var lines = page.ContentLines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Block is not null && line.Text.Length <= 300 && SourceLead().IsMatch(line.Text))
            {
                yield return line.Block;

                // A record's table: "Alternate URL:" in one cell, the link in the next.
                if (line.Text.TrimEnd().EndsWith(':') && i + 1 < lines.Count && lines[i + 1].Block is { } value)
                {
                    yield return value;
                }
            }
        }
    }

    // Campaign tags make the same page look different to deduplication.
    private static Uri WithoutTracking(Uri url)
    {
        if (string.IsNullOrEmpty(url.Query))
        {
            return url;
        }

        var kept = url.Query.TrimStart('?').Split('&')
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase));
        var builder = new UriBuilder(url) { Query = string.Join("&", kept) };
        return builder.Uri;
    }

    [GeneratedRegex(@"^(?:source|original(?:ly)?(?:\s+(?:published|posted|appeared))?|first\s+published|this\s+(?:statement|article|post)\s+(?:was\s+)?(?:first|originally)\s+(?:published|posted|appeared)|read\s+the\s+original|(?:alternate|alternative|original)\s+(?:url|link|address)|via|reposted\s+from|republished\s+from|ရင်းမြစ်|မူရင်း)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLead();
}
