using System.Buffers;
using System.Text;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads CSS class names as words: "fr-teaser__kind" is the words fr, teaser, kind, so a theme's
/// prefix never hides what an element is for.
/// </summary>
public static class ClassNames
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '-', '_'];
    private static readonly SearchValues<char> SeparatorValues = SearchValues.Create(Separators);

    /// <summary>The words of an element's class attribute, lower-cased.</summary>
    public static IEnumerable<string> Words(HtmlNode node) =>
        node.GetAttributeValue("class", string.Empty).ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when any word of the element's classes is one of <paramref name="words"/> (given in lower case).</summary>
    public static bool HasWord(HtmlNode node, params ReadOnlySpan<string> words)
    {
        if (node.NodeType != HtmlNodeType.Element || Attribute(node) is not { Length: > 0 } classes)
        {
            return false;
        }

        if (!Ascii.IsValid(classes))
        {
            // Lower-casing beyond ASCII is not a case-insensitive comparison; read those the long way.
            foreach (var word in Words(node))
            {
                if (words.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        for (var rest = classes.AsSpan(); Next(ref rest) is { IsEmpty: false } word;)
        {
            foreach (var candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when any word of the element's classes starts with one of <paramref name="stems"/> (given in lower case).</summary>
    public static bool HasStem(HtmlNode node, params ReadOnlySpan<string> stems)
    {
        if (node.NodeType != HtmlNodeType.Element || Attribute(node) is not { Length: > 0 } classes)
        {
            return false;
        }

        if (!Ascii.IsValid(classes))
        {
            foreach (var word in Words(node))
            {
                foreach (var stem in stems)
                {
                    if (word.StartsWith(stem, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        for (var rest = classes.AsSpan(); Next(ref rest) is { IsEmpty: false } word;)
        {
            foreach (var stem in stems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the raw class attribute contains <paramref name="fragment"/> ("cat-links").</summary>
    public static bool Contains(HtmlNode node, string fragment) =>
        node.GetAttributeValue("class", string.Empty).Contains(fragment, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The next word of a class attribute, as written (not lower-cased), and <paramref name="rest"/>
    /// moved past it; empty when there are no more. Words compare case-insensitively only when the
    /// attribute is ASCII (all ASCII), as lower-casing would.
    /// </summary>
    internal static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        var start = rest.IndexOfAnyExcept(SeparatorValues);
        if (start < 0)
        {
            rest = [];
            return [];
        }

        rest = rest[start..];
        var end = rest.IndexOfAny(SeparatorValues);
        var word = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[end..];
        return word;
    }

    /// <summary>The class attribute's value, or null.</summary>
    internal static string? Attribute(HtmlNode node) =>
        node.HasAttributes ? node.Attributes["class"]?.Value : null;
}
