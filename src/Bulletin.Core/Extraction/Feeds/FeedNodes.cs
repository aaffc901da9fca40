using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Finding feed elements by key, reading their base URI, language and links.</summary>
internal static class FeedNodes
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    /// <summary>Direct children whose key is one of <paramref name="keys"/>, in document order.</summary>
    public static IEnumerable<XElement> Children(this XElement parent, params string[] keys) =>
        parent.Elements().Where(e => keys.Contains(Names.Key(e)));

    /// <summary>The first direct child with one of the keys, trying the keys in priority order.</summary>
    public static XElement? Child(this XElement parent, params string[] keys)
    {
        foreach (var key in keys)
        {
            var found = parent.Elements().FirstOrDefault(e => Names.Key(e) == key);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The last direct child with one of the keys: feeds that repeat a date mean the later one.</summary>
    public static XElement? LastChild(this XElement parent, params string[] keys) =>
        parent.Elements().LastOrDefault(e => keys.Contains(Names.Key(e)));

    /// <summary>An attribute by case-insensitive local name, whatever its namespace.</summary>
    public static string? Attr(this XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration && string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The base URI in force at <paramref name="element"/>: xml:base on it and its ancestors over the document's URL.</summary>
    public static Uri BaseOf(this XElement element, Uri documentUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(XmlBase)?.Value).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var b in bases)
        {
            if (Uri.TryCreate(current, b!.Trim(), out var next))
            {
                current = next;
            }
        }

        return current;
    }

    /// <summary>The xml:lang in force at <paramref name="element"/>, if any.</summary>
    public static string? LangOf(this XElement element) =>
        element.AncestorsAndSelf().Select(e => e.Attribute(XmlLang)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>An absolute http(s) URL from <paramref name="href"/> resolved against <paramref name="baseUrl"/>.</summary>
    public static Uri? Resolve(string? href, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var trimmed = href.Trim();
        if (!Uri.TryCreate(baseUrl, trimmed, out var url))
        {
            return null;
        }

        return url.Scheme is "http" or "https" or "ftp" ? url : null;
    }

    /// <summary>Trimmed text, or null when empty.</summary>
    public static string? Text(this XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
