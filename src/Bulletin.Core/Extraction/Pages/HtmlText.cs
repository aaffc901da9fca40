using System.Buffers;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Text as a reader sees it: entities decoded, whitespace collapsed, blocks kept apart.</summary>
public static class HtmlText
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

        // Text without an ampersand has no entity to decode; most text has none.
        var decoded = raw.Contains('&', StringComparison.Ordinal) ? HtmlEntity.DeEntitize(raw) : raw;
        return Collapsed(decoded.AsSpan(), decoded);
    }

    /// <summary>The visible text of <paramref name="node"/> on one line, with a space wherever a block ends.</summary>
    public static string Of(HtmlNode? node, Func<HtmlNode, bool>? exclude = null)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var writer = new LineWriter(joined: true);
        try
        {
            Walk(node, exclude, ref writer, node);
            writer.Flush();
            return writer.Joined();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// The visible text of <paramref name="root"/> as lines: every block element and every br ends a line,
    /// so lists, numbered lines and paragraphs can be read one by one.
    /// </summary>
    public static IReadOnlyList<TextLine> Lines(HtmlNode root, Func<HtmlNode, bool>? exclude = null)
    {
        var writer = new LineWriter(joined: false);
        try
        {
            Walk(root, exclude, ref writer, root);
            writer.Flush();
            return writer.Lines!;
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>True for elements that start a new line of text.</summary>
    public static bool IsBlock(HtmlNode node) => node.NodeType == HtmlNodeType.Element && Blocks.Contains(node.Name);

    private static void Walk(HtmlNode node, Func<HtmlNode, bool>? exclude, ref LineWriter writer, HtmlNode root)
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
        var outer = writer.Block;
        if (block)
        {
            writer.Flush();
            writer.Block = node;
        }

        // Indexed: enumerating a node collection allocates an enumerator per element.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Count; i++)
        {
            Walk(children[i], exclude, ref writer, root);
        }

        if (block)
        {
            writer.Flush();
            writer.Block = outer;
        }
    }

    /// <summary>
    /// <paramref name="text"/> without zero-width spaces, with every run of whitespace (no-break spaces
    /// included) one space, and none at either end; <paramref name="original"/> itself when nothing changes.
    /// </summary>
    private static string Collapsed(ReadOnlySpan<char> text, string? original)
    {
        if (original is not null && IsCollapsed(text))
        {
            return original;
        }

        var rented = text.Length <= 512 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        Span<char> buffer = rented ?? stackalloc char[512];
        try
        {
            var length = Collapse(text, buffer);
            return length == 0 ? string.Empty : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // As Regex \s+ → " " after taking out U+200B, then Trim(): \s is exactly char.IsWhiteSpace.
    private static int Collapse(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c == '\u200B')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                into[length++] = ' ';
                space = false;
            }

            into[length++] = c;
        }

        return length;
    }

    private static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
        {
            return text.Length == 0;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (c == '\u200B' || (c < 128 ? c is >= '\t' and <= '\r' : char.IsWhiteSpace(c)))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return true;
    }

    /// <summary>Gathers a line's raw text in a pooled buffer and cleans it once the line ends.</summary>
    private struct LineWriter(bool joined)
    {
        private char[] _current = ArrayPool<char>.Shared.Rent(256);
        private int _length;
        private bool _entities;
        private char[]? _joined;
        private int _joinedLength;

        public HtmlNode? Block { get; set; }

        public List<TextLine>? Lines { get; } = joined ? null : [];

        public void Append(string text)
        {
            if (_length + text.Length > _current.Length)
            {
                _current = Grow(_current, _length, _length + text.Length);
            }

            text.CopyTo(_current.AsSpan(_length));
            _length += text.Length;
            _entities |= text.Contains('&', StringComparison.Ordinal);
        }

        public void Flush()
        {
            if (_length == 0)
            {
                return;
            }

            var raw = _current.AsSpan(0, _length);
            if (Lines is not null)
            {
                var text = _entities ? Clean(new string(raw)) : Collapsed(raw, null);
                if (text.Length > 0)
                {
                    Lines.Add(new TextLine(text, Block, KindOf(Block)));
                }
            }
            else if (_entities)
            {
                Join(Clean(new string(raw)));
            }
            else
            {
                // A joined line is only ever read whole: collapse straight into it.
                _joined ??= ArrayPool<char>.Shared.Rent(Math.Max(256, _length + 1));
                if (_joinedLength + _length + 1 > _joined.Length)
                {
                    _joined = Grow(_joined, _joinedLength, _joinedLength + _length + 1);
                }

                var start = _joinedLength == 0 ? 0 : _joinedLength + 1;
                var written = Collapse(raw, _joined.AsSpan(start));
                if (written > 0)
                {
                    if (start > 0)
                    {
                        _joined[_joinedLength] = ' ';
                    }

                    _joinedLength = start + written;
                }
            }

            _length = 0;
            _entities = false;
        }

        public readonly string Joined() => _joinedLength == 0 ? string.Empty : new string(_joined!, 0, _joinedLength);

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_current);
            if (_joined is not null)
            {
                ArrayPool<char>.Shared.Return(_joined);
            }

            _current = [];
            _joined = null;
        }

        private void Join(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            _joined ??= ArrayPool<char>.Shared.Rent(Math.Max(256, text.Length + 1));
            if (_joinedLength + text.Length + 1 > _joined.Length)
            {
                _joined = Grow(_joined, _joinedLength, _joinedLength + text.Length + 1);
            }

            if (_joinedLength > 0)
            {
                _joined[_joinedLength++] = ' ';
            }

            text.CopyTo(_joined.AsSpan(_joinedLength));
            _joinedLength += text.Length;
        }

        private static char[] Grow(char[] buffer, int used, int needed)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            buffer.AsSpan(0, used).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            return larger;
        }

        private static LineKind KindOf(HtmlNode? block) => block?.Name.ToLowerInvariant() switch
        {
            "li" or "dd" or "dt" => LineKind.ListItem,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => LineKind.Heading,
            _ => LineKind.Paragraph,
        };
    }
}
