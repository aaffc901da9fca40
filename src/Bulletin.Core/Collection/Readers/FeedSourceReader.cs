using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Collection.Readers;

/// <summary>RSS, Atom and JSON Feed sources: one document, read leniently.</summary>
public sealed class FeedSourceReader(CachedFetcher fetcher) : ISourceReader
{
    public SourceType Type => SourceType.Feed;

    public async Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct)
    {
        var reading = new SourceReading();
        var result = await fetcher.FetchAsync(source.Url, source.Url, ct);
        if (!reading.Took(result, first: true, $"feed {source.Url}"))
        {
            return reading;
        }

        try
        {
            var feed = FeedReader.Read(result.Body, result.ContentType, result.BaseUrl);
            reading.Leads.AddRange(feed.Items.Select(lead => lead.Language is null && (feed.Language ?? source.Language) is { } language ? lead with { Language = language } : lead));
        }
        catch (FeedFormatException e)
        {
            reading.Error = $"feed {source.Url}: not a feed ({e.Message})";
        }

        return reading;
    }
}
