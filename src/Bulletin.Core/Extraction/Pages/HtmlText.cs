using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Text as a reader sees it: entities decoded, whitespace collapsed, blocks kept apart.</summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "select", "button", "object",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote",
        "pre", "figure", "figcaption", "form", "hr", "address", "details", "summary", "caption", "center",
    };

    /// <summary>Decodes entities, turns no-break spaces into spaces and collapses runs of whitespace.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var decoded = HtmlEntity.DeEntitize(raw).Replace('\u00A0', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal);
        return Whitespace().Replace(decoded, " ").Trim();
    }

    /// <summary>The visible text of <paramref name="node"/> on one line, with a space wherever a block ends.</summary>
    public static string Of(HtmlNode? node, Func<HtmlNode, bool>? exclude = null) =>
        node is null ? string.Empty : string.Join(" ", Lines(node, exclude).Select(l => l.Text));

    /// <summary>
    /// The visible text of <paramref name="root"/> as lines: every block element and every br ends a line,
    /// so lists, numbered lines and paragraphs can be read one by one.
    /// </summary>
    public static IReadOnlyList<TextLine> Lines(HtmlNode root, Func<HtmlNode, bool>? exclude = null)
    {
        var writer = new LineWriter();
        Walk(root, exclude, writer, root);
        writer.Flush();
        return writer.Lines;
    }

    /// <summary>True for elements that start a new line of text.</summary>
    public static bool IsBlock(HtmlNode node) => node.NodeType == HtmlNodeType.Element && Blocks.Contains(node.Name);

    private static void Walk(HtmlNode node, Func<HtmlNode, bool>? exclude, LineWriter writer, HtmlNode root)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                writer.Append(((HtmlTextNode)node).Text);
                return;
            case HtmlNodeType.Comment:
                return;
            case HtmlNodeType.Element when Skipped.Contains(node.Name):
                return;
            case HtmlNodeType.Element when node != root && exclude is not null && exclude(node):
                return;
        }

        if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            writer.Flush();
            return;
        }

        var block = IsBlock(node);
        if (block)
        {
            writer.Flush();
            writer.Enter(node);
        }

        foreach (var child in node.ChildNodes)
        {
            Walk(child, exclude, writer, root);
        }

        if (block)
        {
            writer.Flush();
            writer.Leave();
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class LineWriter
    {
        private readonly StringBuilder _current = new();
        private readonly Stack<HtmlNode> _blocks = new();

        public List<TextLine> Lines { get; } = [];

        public void Append(string text) => _current.Append(text);

        public void Enter(HtmlNode block) => _blocks.Push(block);

        public void Leave() => _blocks.Pop();

        public void Flush()
        {
            var text = Clean(_current.ToString());
            _current.Clear();
            if (text.Length == 0)
            {
                return;
            }

            var block = _blocks.Count > 0 ? _blocks.Peek() : null;
            Lines.Add(new TextLine(text, block, KindOf(block)));
        }

        private static LineKind KindOf(HtmlNode? block) => block?.Name.ToLowerInvariant() switch
        {
            "li" or "dd" or "dt" => LineKind.ListItem,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => LineKind.Heading,
            _ => LineKind.Paragraph,
        };
    }
}
