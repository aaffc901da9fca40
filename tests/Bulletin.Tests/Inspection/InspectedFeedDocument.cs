using System.Text.Json;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Feeds;

namespace Bulletin.Tests.Inspection;

/// <summary>
/// Turns an <c>inspect --json</c> feed line back into the reader's <see cref="FeedDocument"/>, so the
/// feed suite's one scorer judges the command's output exactly as it judges the reader in process.
/// </summary>
internal static class InspectedFeedDocument
{
    public static FeedDocument? From(JsonElement line)
    {
        if (line.GetProperty("type").GetString() != "feed")
        {
            return null;
        }

        return new FeedDocument
        {
            Format = line.GetProperty("format").GetString()!,
            Title = Text(line, "feedTitle"),
            Link = Url(line, "feedLink"),
            Language = Text(line, "feedLanguage"),
            Authors = People(line, "feedAuthors"),
            Entries = line.GetProperty("items").EnumerateArray().Select(Entry).ToList(),
        };
    }

    private static FeedEntry Entry(JsonElement item)
    {
        var dates = item.TryGetProperty("dates", out var d) ? d : default;
        return new FeedEntry
        {
            Title = Text(item, "title"),
            Link = Url(item, "link"),
            Links = Array(item, "links").Select(l => new FeedLink(Url(l, "href")!, Text(l, "rel")!, Text(l, "type"), Text(l, "title"), Text(l, "hreflang"), Text(l, "length"))).ToList(),
            Published = Date(dates, "published"),
            Updated = Date(dates, "updated"),
            Created = Date(dates, "created"),
            Authors = People(item, "authors"),
            Categories = Array(item, "categories").Select(c => c.GetString()!).ToList(),
            Language = Text(item, "language"),
        };
    }

    private static List<FeedPerson> People(JsonElement owner, string name) =>
        Array(owner, name).Select(p => new FeedPerson(Text(p, "name"), Text(p, "email"), Url(p, "url"))).ToList();

    private static List<JsonElement> Array(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var array) ? [.. array.EnumerateArray()] : [];

    private static string? Text(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static Uri? Url(JsonElement owner, string name) => Text(owner, name) is { } text ? new Uri(text) : null;

    private static PublishedDate? Date(JsonElement owner, string name) => DateText.Parse(Text(owner, name));
}
