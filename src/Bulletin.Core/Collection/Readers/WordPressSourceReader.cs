using Bulletin.Core.Extraction.Text;
using Bulletin.Core.Extraction.WordPress;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Collection.Readers;

/// <summary>WordPress REST sources (<c>/wp-json/wp/v2/posts</c>), asked only for posts from the window on.</summary>
public sealed class WordPressSourceReader(CachedFetcher fetcher) : ISourceReader
{
    private const int PerPage = 50;

    public SourceType Type => SourceType.WordPress;

    public async Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct)
    {
        var reading = new SourceReading();
        // A day's margin: WordPress reads "after" in the site's zone when it has no offset.
        var after = window.Start.AddDays(-1);
        for (var page = 1; page <= source.MaxPages; page++)
        {
            var url = WordPressPosts.PageUrl(source.Url, page, PerPage, after, source.Categories);
            var result = await fetcher.FetchAsync(url, source.Url, ct);
            if (!reading.Took(result, page == 1, $"WordPress API page {page} {url}"))
            {
                break;
            }

            try
            {
                var leads = WordPressPosts.Read(TextDecoder.Decode(result.Body, result.ContentType), source.Url);
                reading.Leads.AddRange(leads);
                if (leads.Count < PerPage)
                {
                    break;
                }
            }
            catch (Exception e) when (e is WordPressApiException or System.Text.Json.JsonException)
            {
                reading.Error = $"WordPress API {url}: {e.Message}";
                break;
            }
        }

        return reading;
    }
}
