using System.Text.Json;

namespace Bulletin.Core.Inspection;

/// <summary>
/// The feed part of an inspect line: feedTitle, feedLink, feedLanguage, feedAuthors, format and
/// items, each item with the lead's title, link, published, author and mediaType first, then
/// everything the entry states (updated, created, authors, links, categories).
/// </summary>
internal static class FeedJson
{
    public static void Write(Utf8JsonWriter json, InspectedFeed feed)
    {
        json.WriteString("format", feed.Format);
        InspectionJson.Text(json, "feedTitle", feed.Title);
        InspectionJson.Url(json, "feedLink", feed.Link);
        InspectionJson.Text(json, "feedLanguage", feed.Language);
        People(json, "feedAuthors", feed.Authors);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            Item(json, item);
        }

        json.WriteEndArray();
    }

    private static void Item(Utf8JsonWriter json, InspectedItem item)
    {
        json.WriteStartObject();
        InspectionJson.Text(json, "title", item.Title);
        InspectionJson.Url(json, "link", item.Link);
        InspectionJson.Date(json, "published", item.Lead?.Published ?? item.Published);
        InspectionJson.Text(json, "publishedFrom", item.PublishedFrom);
        InspectionJson.Text(json, "author", item.Lead?.Authors.FirstOrDefault());
        InspectionJson.Text(json, "mediaType", item.Lead?.MediaType);
        InspectionJson.Text(json, "language", item.Lead?.Language);
        if (item.Kind is { } kind)
        {
            json.WriteString("kind", kind.Value.ToString().ToLowerInvariant());
            InspectionJson.Text(json, "kindReason", kind.Reason);
        }

        // What the entry itself states, unnarrowed, so that a date or link Bulletin did not pick can still be seen.
        if (item.Published is not null || item.Updated is not null || item.Created is not null)
        {
            json.WriteStartObject("dates");
            InspectionJson.Date(json, "published", item.Published);
            InspectionJson.Date(json, "updated", item.Updated);
            InspectionJson.Date(json, "created", item.Created);
            json.WriteEndObject();
        }

        People(json, "authors", item.Authors);
        Links(json, item.Links);
        InspectionJson.Strings(json, "categories", item.Categories);
        json.WriteEndObject();
    }

    private static void People(Utf8JsonWriter json, string name, IReadOnlyList<InspectedPerson> people)
    {
        if (people.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var person in people)
        {
            json.WriteStartObject();
            InspectionJson.Text(json, "name", person.Name);
            InspectionJson.Text(json, "email", person.Email);
            InspectionJson.Url(json, "url", person.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Links(Utf8JsonWriter json, IReadOnlyList<InspectedLink> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            InspectionJson.Url(json, "href", link.Href);
            json.WriteString("rel", link.Rel);
            InspectionJson.Text(json, "type", link.Type);
            InspectionJson.Text(json, "title", link.Title);
            InspectionJson.Text(json, "hreflang", link.HrefLang);
            InspectionJson.Text(json, "length", link.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
