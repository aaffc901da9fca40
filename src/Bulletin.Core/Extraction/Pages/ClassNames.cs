using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads CSS class names as words: "fr-teaser__kind" is the words fr, teaser, kind, so a theme's
/// prefix never hides what an element is for.
/// </summary>
public static class ClassNames
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '-', '_'];

    /// <summary>The words of an element's class attribute, lower-cased.</summary>
    public static IEnumerable<string> Words(HtmlNode node) =>
        node.GetAttributeValue("class", string.Empty).ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when any word of the element's classes is one of <paramref name="words"/>.</summary>
    public static bool HasWord(HtmlNode node, params string[] words) =>
        node.NodeType == HtmlNodeType.Element && Words(node).Any(w => words.Contains(w, StringComparer.Ordinal));

    /// <summary>True when any word of the element's classes starts with one of <paramref name="stems"/>.</summary>
    public static bool HasStem(HtmlNode node, params string[] stems) =>
        node.NodeType == HtmlNodeType.Element && Words(node).Any(w => stems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));

    /// <summary>True when the raw class attribute contains <paramref name="fragment"/> ("cat-links").</summary>
    public static bool Contains(HtmlNode node, string fragment) =>
        node.GetAttributeValue("class", string.Empty).Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
