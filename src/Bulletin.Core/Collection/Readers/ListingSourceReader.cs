using Bulletin.Core.Extraction.Listings;
using Bulletin.Core.Extraction.Text;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Collection.Readers;

/// <summary>
/// HTML listing pages read with the source's XPath selectors, page after page until the items
/// fall before the window or the page limit is reached.
/// </summary>
public sealed class ListingSourceReader(CachedFetcher fetcher) : ISourceReader
{
    public SourceType Type => SourceType.Html;

    public async Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct)
    {
        var reading = new SourceReading();
        var zone = source.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : window.Zone;
        Uri? url = source.Url;
        var seen = new HashSet<string>();
        for (var page = 1; url is not null && page <= source.MaxPages && seen.Add(url.AbsoluteUri); page++)
        {
            var result = await fetcher.FetchAsync(url, source.Url, ct);
            if (!reading.Took(result, page == 1, $"listing page {page} {url}"))
            {
                break;
            }

            var listing = ListingReader.Read(TextDecoder.Decode(result.Body, result.ContentType), result.FinalUrl, source.Selectors!);
            if (listing.ItemNodesMatched == 0)
            {
                reading.Flag ??= $"selectors matched nothing on {url}: has the page's markup changed? Check selectors.item '{source.Selectors!.Item}'";
                break;
            }

            reading.Leads.AddRange(listing.Leads);
            var dated = listing.Leads.Where(l => l.Published is not null).Select(l => l.Published!.Value.Resolve(zone)).ToList();
            if (dated.Count > 0 && dated.All(d => d < window.Start.AddDays(-1)))
            {
                break;
            }

            url = listing.Next ?? NextByPattern(source, page);
        }

        return reading;
    }

    private static Uri? NextByPattern(SourceDefinition source, int page) =>
        source.PagePattern is { } pattern
            ? new Uri(source.Url, pattern.Replace("{n}", (source.PageStart + page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            : null;
}
