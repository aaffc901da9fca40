using System.Text.Json;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static FeedDocument Read(string text, Uri feedUrl)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, Lenient);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException("The document looks like JSON but does not parse: " + ex.Message, ex);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedFormatException("The JSON document has no \"items\" array, so it is not a JSON Feed.");
            }

            var language = Str(root, "language");
            return new FeedDocument
            {
                Format = "json",
                Title = Plain(Str(root, "title")),
                Link = FeedNodes.Resolve(Str(root, "home_page_url"), feedUrl),
                Language = language,
                Authors = People(root),
                Entries = items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object)
                    .Select(i => ReadItem(i, feedUrl, language)).ToList(),
            };
        }
    }

    private static FeedEntry ReadItem(JsonElement item, Uri feedUrl, string? feedLanguage)
    {
        var links = new List<FeedLink>();
        AddLink(links, Str(item, "url"), "alternate", null, feedUrl);
        AddLink(links, Str(item, "external_url"), "related", null, feedUrl);
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in attachments.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
            {
                AddLink(links, Str(a, "url"), "enclosure", Str(a, "mime_type"), feedUrl);
            }
        }

        return new FeedEntry
        {
            Title = Plain(Str(item, "title")),
            Link = links.FirstOrDefault(l => l.Rel == "alternate")?.Href ?? links.FirstOrDefault()?.Href,
            Links = links,
            Published = DateText.Parse(Str(item, "date_published")),
            Updated = DateText.Parse(Str(item, "date_modified")),
            Summary = Summaries.Choose(
                Plain(Str(item, "summary")),
                Plain(Str(item, "content_text")) ?? Plain(Str(item, "content_html"))),
            Authors = People(item),
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim())
                    .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [],
            Language = Str(item, "language") ?? feedLanguage,
        };
    }

    // 1.1 has "authors" (an array); 1.0 had "author" (one object).
    private static IReadOnlyList<FeedPerson> People(JsonElement owner)
    {
        var people = new List<JsonElement>();
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            people.AddRange(authors.EnumerateArray());
        }

        if (owner.TryGetProperty("author", out var author))
        {
            people.Add(author);
        }

        return FeedPeople.Distinct(people.Where(p => p.ValueKind == JsonValueKind.Object).Select(p =>
            Plain(Str(p, "name")) is var name && (name is not null || Str(p, "url") is not null)
                ? new FeedPerson(name, null, Uri.TryCreate(Str(p, "url"), UriKind.Absolute, out var url) ? url : null)
                : null));
    }

    private static void AddLink(List<FeedLink> links, string? href, string rel, string? type, Uri feedUrl)
    {
        if (FeedNodes.Resolve(href, feedUrl) is { } url)
        {
            links.Add(new FeedLink(url, rel, type));
        }
    }

    private static string? Str(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Plain(string? text) => text is null ? null : PlainText.FromHtml(text) is { Length: > 0 } plain ? plain : null;
}
