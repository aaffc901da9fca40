namespace Bulletin.Core.Extraction.Sitemaps;

/// <summary>What one sitemap document lists: page URLs (a urlset) and/or further sitemaps (an index).</summary>
public sealed record Sitemap(IReadOnlyList<Lead> Urls, IReadOnlyList<Uri> ChildSitemaps);
