using System.Text.Json;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Reads a page's application/ld+json blocks, flattening @graph, and tolerating broken ones.</summary>
public static class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Every entity named at the top level of a JSON-LD block or inside its @graph.</summary>
    public static IReadOnlyList<JsonLdEntity> Read(HtmlDocument document)
    {
        var scripts = document.DocumentNode.SelectNodes("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]");
        var entities = new List<JsonLdEntity>();
        foreach (var script in scripts ?? Enumerable.Empty<HtmlNode>())
        {
            try
            {
                using var json = JsonDocument.Parse(script.InnerText.Trim(), Lenient);
                Collect(json.RootElement, entities);
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD now and then; the other signals still stand.
            }
        }

        return entities;
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
            DatePublished = First(element, "datePublished") ?? First(element, "dateCreated") ?? First(element, "startDate"),
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
}
