using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.WordPress;

/// <summary>Plain text from the HTML fragments WordPress "rendered" fields carry.</summary>
internal static class RenderedHtml
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
    };

    /// <summary>Text with tags stripped, entities decoded and whitespace collapsed; null when empty.</summary>
    public static string? ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var text = new StringBuilder();
        Append(doc.DocumentNode, text);
        var collapsed = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    // The parser leaves entities as written; decode once here so "&amp;lt;" stays "&lt;".
                    text.Append(WebUtility.HtmlDecode(child.InnerText));
                    break;
                case HtmlNodeType.Element when child.Name is "script" or "style":
                    break;
                case HtmlNodeType.Element:
                    // Blocks become spaces, so "<p>a</p><p>b</p>" reads "a b" while "<em>a</em>b" stays "ab".
                    var block = BlockElements.Contains(child.Name);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    Append(child, text);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }
    }
}
