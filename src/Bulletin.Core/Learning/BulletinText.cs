using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Learning;

/// <summary>
/// A published bulletin as plain lines, whether it was saved as HTML, Markdown or text: block elements and
/// line breaks become lines; headings, list markers, emphasis and link targets are dropped.
/// </summary>
public static partial class BulletinText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section",
        "article", "header", "footer", "blockquote", "dt", "dd", "table", "hr",
    };

    /// <summary>The non-empty lines of <paramref name="content"/>, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = LooksLikeHtml().IsMatch(content) ? FromHtml(content) : content;
        return text.Split('\n')
            .Select(FromMarkdown)
            .Select(l => Whitespace().Replace(l, " ").Trim())
            .Where(l => l.Length > 0)
            .ToList();
    }

    private static string FromHtml(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var sb = new StringBuilder();
        Walk(doc.DocumentNode, sb);
        return sb.ToString();
    }

    private static void Walk(HtmlNode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    // Source line breaks inside a paragraph are not the bulletin's line breaks.
                    sb.Append(HtmlEntity.DeEntitize(child.InnerText).Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case HtmlNodeType.Element when child.Name is "script" or "style" or "head" or "template":
                    break;
                case HtmlNodeType.Element:
                    var block = Blocks.Contains(child.Name);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    Walk(child, sb);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }

    private static string FromMarkdown(string line)
    {
        var l = line.Trim().TrimEnd('\r');
        l = HeadingOrListMarker().Replace(l, "");
        l = Link().Replace(l, "$1");
        l = Emphasis().Replace(l, "");
        return Rule().IsMatch(l) ? "" : l.Replace("\\", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(?:html|body|p|div|h[1-6]|li|br|a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)+")]
    private static partial Regex HeadingOrListMarker();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[-_*=\s]{3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Whitespace();
}
