using Bulletin.Core.Classification;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Inspection;

/// <summary>Pairs every entry of a parsed feed with the lead Bulletin would take from it.</summary>
internal static class FeedProjection
{
    public static InspectedFeed From(FeedDocument document, string input, Uri url, string? contentType)
    {
        // The projection keeps linked entries in feed order, so they pair up with the entries one by one.
        var leads = new Queue<Extraction.Lead>(LeadProjection.ToFeed(document).Items);
        var source = DocumentInspector.SourceFor(url, SourceType.Feed);
        var items = new List<InspectedItem>(document.Entries.Count);
        foreach (var entry in document.Entries)
        {
            var lead = entry.Link is not null && leads.Count > 0 ? leads.Dequeue() : null;
            items.Add(new InspectedItem
            {
                Title = entry.Title,
                Link = entry.Link,
                Published = entry.Published,
                Updated = entry.Updated,
                Created = entry.Created,
                Authors = People(entry.Authors),
                Links = entry.Links.Select(l => new InspectedLink(l.Href, l.Rel, l.Type, l.Title, l.HrefLang, l.Length)).ToList(),
                Categories = entry.Categories,
                Lead = lead,
                Kind = lead is null ? null : KindClassifier.Classify(new Evidence(source, lead, null)),
            });
        }

        return new InspectedFeed
        {
            Input = input,
            Url = url,
            ContentType = contentType,
            Format = document.Format,
            Title = document.Title,
            Link = document.Link,
            Language = document.Language,
            Authors = People(document.Authors),
            Items = items,
        };
    }

    private static List<InspectedPerson> People(IReadOnlyList<FeedPerson> people) =>
        people.Select(p => new InspectedPerson(p.Name, p.Email, p.Url)).ToList();
}
