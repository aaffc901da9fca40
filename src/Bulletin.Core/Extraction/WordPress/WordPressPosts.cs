using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Extraction.WordPress;

/// <summary>Reads answers of the WordPress REST posts endpoint (<c>/wp-json/wp/v2/posts</c>) into leads.</summary>
public static class WordPressPosts
{
    /// <summary>WordPress refuses per_page above this.</summary>
    public const int MaxPerPage = 100;

    /// <summary>
    /// The leads of one page of posts. Throws <see cref="WordPressApiException"/> for a WordPress error
    /// answer, <see cref="FormatException"/> for JSON that is neither, and JsonException for text that is not JSON.
    /// </summary>
    public static IReadOnlyList<Lead> Read(string json, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (Text(root, "code") is { } code)
            {
                var status = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : (int?)null;
                throw new WordPressApiException(code, Text(root, "message") ?? "", status);
            }

            throw new FormatException($"The answer from {endpoint} is a JSON object, not a list of WordPress posts.");
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"The answer from {endpoint} is not a list of WordPress posts.");
        }

        var leads = new List<Lead>();
        foreach (var post in root.EnumerateArray())
        {
            if (post.ValueKind == JsonValueKind.Object && ReadPost(post, endpoint) is { } lead)
            {
                leads.Add(lead);
            }
        }

        return leads;
    }

    /// <summary>
    /// The URL of one page of posts: <paramref name="endpoint"/> (its own query kept, for sites on
    /// <c>?rest_route=</c>) plus page, per_page, after (UTC, with 'Z') and categories.
    /// </summary>
    public static Uri PageUrl(Uri endpoint, int page, int perPage, DateTimeOffset? after, IReadOnlyList<int> categories)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perPage, MaxPerPage);

        var query = new StringBuilder(endpoint.Query.TrimStart('?'));
        void Add(string name, string value) =>
            query.Append(query.Length > 0 ? "&" : "").Append(name).Append('=').Append(Uri.EscapeDataString(value));

        Add("page", page.ToString(CultureInfo.InvariantCulture));
        Add("per_page", perPage.ToString(CultureInfo.InvariantCulture));
        if (after is { } instant)
        {
            Add("after", instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        if (categories.Count > 0)
        {
            Add("categories", string.Join(',', categories.Select(c => c.ToString(CultureInfo.InvariantCulture))));
        }

        return new UriBuilder(endpoint) { Query = query.ToString() }.Uri;
    }

    private static Lead? ReadPost(JsonElement post, Uri endpoint)
    {
        if (Text(post, "link") is not { } link || !Uri.TryCreate(endpoint, link.Trim(), out var url))
        {
            return null;
        }

        return new Lead
        {
            Url = url,
            Title = RenderedHtml.ToText(Rendered(post, "title")),
            Published = Published(post),
            Summary = Summary(Rendered(post, "excerpt")),
            Authors = EmbeddedAuthors(post),
            Labels = Categories(post),
            Language = Language(post),
        };
    }

    /// <summary>
    /// date_gmt is UTC written without an offset; date is the site's wall clock and must never be
    /// read as UTC. Drafts carry a null or zero date_gmt, which falls back to date.
    /// </summary>
    private static PublishedDate? Published(JsonElement post)
    {
        if (DateText.Parse(Text(post, "date_gmt")) is { } gmt)
        {
            if (gmt.Precision == DatePrecision.Instant)
            {
                return gmt;
            }

            if (gmt.Precision == DatePrecision.LocalTime)
            {
                return PublishedDate.Exact(new DateTimeOffset(gmt.LocalTime!.Value, TimeSpan.Zero));
            }
        }

        if (DateText.Parse(Text(post, "date")) is not { } local)
        {
            return null;
        }

        return local.Precision == DatePrecision.LocalTime ? PublishedDate.Local(local.LocalTime!.Value) : local;
    }

    private static string? Summary(string? excerptHtml)
    {
        var text = RenderedHtml.ToText(excerptHtml);

        // Excerpts end with a "[…]" read-more marker that is no part of the summary.
        return text?.EndsWith("[…]", StringComparison.Ordinal) == true ? NullIfEmpty(text[..^3].TrimEnd()) : text;
    }

    private static List<string> Categories(JsonElement post)
    {
        var labels = new List<string>();
        if (post.TryGetProperty("categories", out var categories) && categories.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in categories.EnumerateArray())
            {
                if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var n))
                {
                    labels.Add(n.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return labels;
    }

    private static string? Language(JsonElement post)
    {
        if (Text(post, "lang") is { Length: > 0 } lang)
        {
            return lang;
        }

        // WPML exposes a locale ("en_US") rather than a language code.
        return Text(post, "wpml_current_locale") is { Length: > 0 } locale ? locale.Split('_', '-')[0].ToLowerInvariant() : null;
    }

    /// <summary>Author names, present only when the request asked for <c>_embed</c>.</summary>
    private static List<string> EmbeddedAuthors(JsonElement post)
    {
        var names = new List<string>();
        if (post.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            && embedded.TryGetProperty("author", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && RenderedHtml.ToText(Text(author, "name")) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>A field's "rendered" HTML, or the field itself when a site flattens it to a string.</summary>
    private static string? Rendered(JsonElement post, string name)
    {
        if (!post.TryGetProperty(name, out var field))
        {
            return null;
        }

        return field.ValueKind == JsonValueKind.Object ? Text(field, "rendered") : field.ValueKind == JsonValueKind.String ? field.GetString() : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
