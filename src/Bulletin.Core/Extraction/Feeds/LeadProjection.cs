namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Narrows a parsed feed to Bulletin's leads: entries with a link, dates and authors settled.</summary>
internal static class LeadProjection
{
    public static Feed ToFeed(FeedDocument document)
    {
        var leads = new List<Lead>(document.Entries.Count);
        foreach (var entry in document.Entries)
        {
            if (entry.Link is not { } url)
            {
                continue; // nothing to fetch or cite
            }

            var authors = entry.Authors.Count > 0 ? entry.Authors : document.Authors;
            leads.Add(new Lead
            {
                Url = url,
                Title = entry.Title,
                Published = entry.Published ?? entry.Created ?? entry.Updated,
                Summary = entry.Summary,
                Authors = authors.Select(a => a.Display).OfType<string>().ToList(),
                Labels = entry.Categories,
                Language = entry.Language ?? document.Language,
                MediaType = MediaTypeOf(entry, url),
            });
        }

        return new Feed(document.Title, document.Link, document.Language, leads);
    }

    private static string? MediaTypeOf(FeedEntry entry, Uri url)
    {
        var enclosure = entry.Links.FirstOrDefault(l => l.Rel == "enclosure" && l.Href == url);
        if (enclosure is { Type: { Length: > 0 } type })
        {
            return type;
        }

        return url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : null;
    }
}
