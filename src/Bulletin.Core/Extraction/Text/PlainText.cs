using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Text;

/// <summary>Reduces HTML or loosely written text to one line of plain text.</summary>
public static partial class PlainText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        // Not object or iframe: their content is the fallback a reader sees.
        "script", "style", "noscript", "template",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "var",
    };

    /// <summary>Text content of an HTML fragment: tags and script dropped, entities decoded, whitespace collapsed.</summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (!LooksLikeMarkup().IsMatch(html))
        {
            return Collapse(WebUtility.HtmlDecode(html));
        }

        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var text = new StringBuilder(html.Length);
        Append(doc.DocumentNode, text);
        return Collapse(text.ToString());
    }

    /// <summary>
    /// Collapses runs of whitespace (including no-break spaces, not Burmese zero-width spaces) to one space,
    /// and brings Burmese to standard Unicode (<see cref="BurmeseText.Normalize"/>).
    /// </summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return BurmeseText.Normalize(Whitespace().Replace(text, " ").Trim());
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    text.Append(WebUtility.HtmlDecode(((HtmlTextNode)child).Text));
                    break;
                case HtmlNodeType.Element when !Invisible.Contains(child.Name):
                    // Block boundaries separate words even when the markup has no whitespace.
                    var block = !Inline.Contains(child.Name);
                    text.Append(block ? " " : string.Empty);
                    Append(child, text);
                    text.Append(block ? " " : string.Empty);
                    break;
                default:
                    break;
            }
        }
    }

    // Only a "<" followed by a letter, "/" or "!" opens a tag; "a < b" stays text.
    [GeneratedRegex(@"<[A-Za-z/!?]")]
    private static partial Regex LooksLikeMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
