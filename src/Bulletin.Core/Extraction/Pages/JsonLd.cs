using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads a page's application/ld+json blocks, flattening @graph, and tolerating broken ones: a
/// block wrapped in CDATA or an HTML comment, raw line breaks inside strings, and, when a block
/// still is not JSON, its dates and headline read from the text itself.
/// </summary>
public static partial class JsonLd
{
    // A broken block is read by pattern only this far: the facts sit near its start.
    private const int MaxRecovered = 20_000;

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Every entity named at the top level of a JSON-LD block or inside its @graph.</summary>
    public static IReadOnlyList<JsonLdEntity> Read(HtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document.DocumentNode.SelectNodes("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]") ?? Enumerable.Empty<HtmlNode>());
    }

    /// <summary>As <see cref="Read(HtmlDocument)"/>, over the ld+json script elements already found.</summary>
    internal static IReadOnlyList<JsonLdEntity> Read(IEnumerable<HtmlNode> scripts)
    {
        var entities = new List<JsonLdEntity>();
        foreach (var script in scripts)
        {
            var text = Unwrapped(script.InnerText);
            if (!TryCollect(text, entities) && !TryCollect(WithoutControlCharacters(text), entities) && Recovered(text) is { } recovered)
            {
                // Sites ship broken JSON-LD now and then; what it plainly says still counts.
                entities.Add(recovered);
            }
        }

        return entities;
    }

    private static bool TryCollect(string text, List<JsonLdEntity> into)
    {
        try
        {
            using var json = JsonDocument.Parse(text, Lenient);
            Collect(json.RootElement, into);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly string[] Openers = ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["];
    private static readonly string[] Closers = ["-->", "//]]>", "/*]]>*/", "]]>", ";"];

    // "<![CDATA[ … ]]>", "//<![CDATA[ … //]]>", "/*<![CDATA[*/ … /*]]>*/" and "<!-- … -->" around the JSON.
    private static string Unwrapped(string raw)
    {
        var text = raw.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var opener in Openers.Where(o => text.StartsWith(o, StringComparison.Ordinal)))
            {
                text = text[opener.Length..].TrimStart();
                changed = true;
            }

            foreach (var closer in Closers.Where(c => text.EndsWith(c, StringComparison.Ordinal)))
            {
                text = text[..^closer.Length].TrimEnd();
                changed = true;
            }
        }

        return text;
    }

    // JSON allows no raw line breaks or tabs inside strings; outside them they are only whitespace.
    private static string WithoutControlCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < ' ')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static JsonLdEntity? Recovered(string text)
    {
        var head = text.Length > MaxRecovered ? text[..MaxRecovered] : text;
        string? Value(string property)
        {
            foreach (var m in RegexScan.All(PropertyPattern(), head, 64))
            {
                if (m.Groups["p"].Value == property)
                {
                    return HtmlText.Clean(m.Groups["v"].Value.Replace("\\/", "/", StringComparison.Ordinal));
                }
            }

            return null;
        }

        var type = Value("@type");
        var published = Value("datePublished") ?? Value("dateCreated") ?? Value("uploadDate");
        var headline = Value("headline");
        if (type is null || (published is null && headline is null && Value("dateModified") is null))
        {
            return null;
        }

        return new JsonLdEntity
        {
            Types = [type],
            Headline = headline,
            DatePublished = published,
            DateModified = Value("dateModified"),
        };
    }

    private static void Collect(JsonElement element, List<JsonLdEntity> into)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, into);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Collect(graph, into);
        }

        var types = Strings(element, "@type");
        if (types.Count == 0)
        {
            return;
        }

        into.Add(new JsonLdEntity
        {
            Types = types,
            Headline = First(element, "headline"),
            Name = First(element, "name"),
            // An event's startDate says when it happens, not when the page was published.
            DatePublished = First(element, "datePublished") ?? First(element, "dateCreated") ?? First(element, "uploadDate"),
            DateModified = First(element, "dateModified"),
            InLanguage = First(element, "inLanguage"),
            Authors = Strings(element, "author"),
            Publishers = Strings(element, "publisher"),
            Sections = Strings(element, "articleSection"),
            Crumbs = Crumbs(element),
        });
    }

    private static string? First(JsonElement element, string property) => Strings(element, property).FirstOrDefault();

    // Values may be a string, an object with a name (author, publisher), or an array of either.
    private static List<string> Strings(JsonElement element, string property)
    {
        var values = new List<string>();
        if (!element.TryGetProperty(property, out var value))
        {
            return values;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            var text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            var clean = HtmlText.Clean(text);
            if (clean.Length > 0)
            {
                values.Add(clean);
            }
        }

        return values;
    }

    private static List<string> Crumbs(JsonElement element)
    {
        var crumbs = new List<string>();
        if (!element.TryGetProperty("itemListElement", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return crumbs;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var name = First(item, "name");
            if (name is null && item.TryGetProperty("item", out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                name = First(inner, "name");
            }

            if (name is not null)
            {
                crumbs.Add(name);
            }
        }

        return crumbs;
    }

    [GeneratedRegex(@"""(?<p>@type|datePublished|dateCreated|dateModified|uploadDate|headline)""\s{0,5}:\s{0,5}""(?<v>(?:[^""\\]|\\.){1,300})""", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PropertyPattern();
}
