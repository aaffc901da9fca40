namespace Bulletin.Core.Extraction.Sitemaps;

/// <summary>One &lt;url&gt; or &lt;sitemap&gt; entry as written, before URLs and dates are resolved.</summary>
internal sealed record SitemapEntry(bool IsSitemap, string? Loc, string? LastMod)
{
    /// <summary>news:publication_date of a Google News sitemap: the publication time, unlike lastmod.</summary>
    public string? NewsDate { get; init; }

    public string? NewsTitle { get; init; }

    public string? NewsLanguage { get; init; }
}
