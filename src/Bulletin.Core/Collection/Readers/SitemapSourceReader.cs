using Bulletin.Core.Extraction.Sitemaps;
using Bulletin.Core.Extraction.Text;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Collection.Readers;

/// <summary>
/// Sitemaps and sitemap indexes. A page's lastmod is never earlier than its publication, so
/// entries last modified before the window are passed over without fetching them.
/// </summary>
public sealed class SitemapSourceReader(CachedFetcher fetcher) : ISourceReader
{
    private const int MaxSitemaps = 20;

    public SourceType Type => SourceType.Sitemap;

    public async Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct)
    {
        var reading = new SourceReading();
        var queue = new Queue<Uri>([source.Url]);
        var done = new HashSet<string>();
        while (queue.Count > 0 && done.Count < MaxSitemaps)
        {
            var url = queue.Dequeue();
            if (!done.Add(url.AbsoluteUri))
            {
                continue;
            }

            var result = await fetcher.FetchAsync(url, source.Url, ct);
            if (!reading.Took(result, done.Count == 1, $"sitemap {url}"))
            {
                continue;
            }

            var sitemap = SitemapReader.Read(TextDecoder.Decode(result.Body, result.ContentType), result.FinalUrl);
            foreach (var child in sitemap.ChildSitemaps)
            {
                queue.Enqueue(child);
            }

            var from = window.Start.AddDays(-1);
            // lastmod says when a page last changed, not when it was published: the page itself will tell.
            reading.Leads.AddRange(sitemap.Urls
                .Where(l => l.Published is null || l.Published.Value.Resolve(window.Zone) >= from)
                .Select(l => l with { Published = null }));
        }

        return reading;
    }
}
