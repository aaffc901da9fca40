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

    /// <summary>The length of <see cref="Of"/>'s text, without making the string.</summary>
    internal static int LengthOf(HtmlNode node)
    {
        var writer = new LineWriter(joined: true);
        try
        {
            Walk(node, null, ref writer, node);
            writer.Flush();
            return writer.JoinedLength;
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// A text node's text as the page holds it, read in place: <see cref="HtmlTextNode.Text"/> makes a
    /// new string from the page every time it is read. A node the parser did not place (one made in
    /// code, with no place in the page) gives its own text.
    /// </summary>
    internal static ReadOnlySpan<char> Raw(HtmlTextNode node)
    {
        var source = node.OwnerDocument?.Text;
        var (start, length) = (node.OuterStartIndex, node.OuterLength);
        return source is not null && length > 0 && start >= 0 && start + length <= source.Length
            ? source.AsSpan(start, length)
            : node.Text;
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

    /// <summary>
    /// Several views of the text below <paramref name="top"/> in one walk: each view starts at its own
    /// root (at or below <paramref name="top"/>) and leaves out what its own test excludes, and reads
    /// exactly as <see cref="Lines"/> would over that root. Lines the views share are one string.
    /// </summary>
    internal static IReadOnlyList<TextLine>[] Views(HtmlNode top, params ReadOnlySpan<(HtmlNode Root, Func<HtmlNode, bool>? Exclude)> views)
    {
        if (views.Length is 0 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(views), views.Length, "one to eight views");
        }

        var walk = new ViewWalk(views.ToArray());
        try
        {
            walk.Walk(top, 0);
            walk.Flush(walk.Everything);
            return walk.Results();
        }
        finally
        {
            walk.Dispose();
        }
    }

    /// <summary>True for elements that start a new line of text.</summary>
    public static bool IsBlock(HtmlNode node) => node.NodeType == HtmlNodeType.Element && Blocks.Contains(node.Name);

    private static void Walk(HtmlNode node, Func<HtmlNode, bool>? exclude, ref LineWriter writer, HtmlNode root)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                writer.Append(Raw((HtmlTextNode)node));
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

    /// <summary>
    /// The walk behind <see cref="Views"/>: a bit per view says which views see the node at hand, so a
    /// view's root switches it on and its own exclusions switch it off for their subtree.
    /// </summary>
    private sealed class ViewWalk((HtmlNode Root, Func<HtmlNode, bool>? Exclude)[] views)
    {
        private readonly LineWriter[] _writers = [.. views.Select(_ => new LineWriter(joined: false))];

        // The block each view was in before the one being walked, to return to when it ends.
        private readonly Stack<HtmlNode?> _outer = new();

        // Every element above a view's root: walked into even where no view is on yet.
        private readonly HashSet<HtmlNode> _aboveRoots = [.. views.SelectMany(v => v.Root.Ancestors())];

        public int Everything { get; } = (1 << views.Length) - 1;

        public void Walk(HtmlNode node, int active)
        {
            for (var v = 0; v < views.Length; v++)
            {
                if (node == views[v].Root)
                {
                    active |= 1 << v;
                }
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var text = Raw((HtmlTextNode)node);
                    for (var v = 0; v < views.Length; v++)
                    {
                        if ((active & (1 << v)) != 0)
                        {
                            _writers[v].Append(text);
                        }
                    }

                    return;
                case HtmlNodeType.Comment:
                    return;
                case HtmlNodeType.Element when Skipped.Contains(node.Name):
                    // Skipped for every view it is in; a root further down (a broken page's text inside
                    // an unclosed head) still starts its own view there.
                    if (_aboveRoots.Contains(node))
                    {
                        WalkChildren(node, 0);
                    }

                    return;
                case HtmlNodeType.Element:
                    for (var v = 0; v < views.Length; v++)
                    {
                        if ((active & (1 << v)) != 0 && node != views[v].Root && views[v].Exclude is { } exclude && exclude(node))
                        {
                            active &= ~(1 << v);
                        }
                    }

                    break;
            }

            if (active == 0)
            {
                if (_aboveRoots.Contains(node))
                {
                    WalkChildren(node, 0);
                }

                return;
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                Flush(active);
                return;
            }

            var block = IsBlock(node) && active != 0;
            if (block)
            {
                Flush(active);
                for (var v = 0; v < views.Length; v++)
                {
                    if ((active & (1 << v)) != 0)
                    {
                        _outer.Push(_writers[v].Block);
                        _writers[v].Block = node;
                    }
                }
            }

            WalkChildren(node, active);
            if (block)
            {
                Flush(active);
                for (var v = views.Length - 1; v >= 0; v--)
                {
                    if ((active & (1 << v)) != 0)
                    {
                        _writers[v].Block = _outer.Pop();
                    }
                }
            }
        }

        private void WalkChildren(HtmlNode node, int active)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Count; i++)
            {
                Walk(children[i], active);
            }
        }

        // Views that end a line together mostly hold the same text: it is cleaned once and shared.
        public void Flush(int active)
        {
            for (var v = 0; v < views.Length; v++)
            {
                if ((active & (1 << v)) == 0)
                {
                    continue;
                }

                var shared = -1;
                for (var u = 0; u < v && shared < 0; u++)
                {
                    if ((active & (1 << u)) != 0 && _writers[u].SameRaw(ref _writers[v]))
                    {
                        shared = u;
                    }
                }

                _writers[v].FlushLike(shared < 0 ? null : _writers[shared].LastLine);
            }

            for (var v = 0; v < views.Length; v++)
            {
                if ((active & (1 << v)) != 0)
                {
                    _writers[v].Clear();
                }
            }
        }

        public IReadOnlyList<TextLine>[] Results() => [.. _writers.Select(w => (IReadOnlyList<TextLine>)w.Lines!)];

        public void Dispose()
        {
            for (var v = 0; v < _writers.Length; v++)
            {
                _writers[v].Dispose();
            }
        }
    }

    /// <summary>One scratch buffer per thread, so the many short walks of a page do not each rent one.</summary>
    private static class Scratch
    {
        [ThreadStatic]
        private static char[]? _spare;

        public static char[] Rent(int length)
        {
            var spare = _spare;
            if (spare is not null && spare.Length >= length)
            {
                _spare = null;
                return spare;
            }

            return ArrayPool<char>.Shared.Rent(length);
        }

        public static void Return(char[] buffer)
        {
            if (buffer.Length == 0)
            {
                return;
            }

            if (_spare is null && buffer.Length <= 64 * 1024)
            {
                _spare = buffer;
                return;
            }

            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Gathers a line's raw text in a pooled buffer and cleans it once the line ends.</summary>
    private struct LineWriter(bool joined)
    {
        private char[] _current = Scratch.Rent(256);
        private int _length;
        private bool _entities;
        private char[]? _joined;
        private int _joinedLength;

        public HtmlNode? Block { get; set; }

        public List<TextLine>? Lines { get; } = joined ? null : [];

        public void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _current.Length)
            {
                _current = Grow(_current, _length, _length + text.Length);
            }

            text.CopyTo(_current.AsSpan(_length));
            _length += text.Length;
            _entities |= text.Contains('&');
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
                _joined ??= Scratch.Rent(Math.Max(256, _length + 1));
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

        public readonly int JoinedLength => _joinedLength;

        public readonly string Joined() => _joinedLength == 0 ? string.Empty : new string(_joined!, 0, _joinedLength);

        public void Dispose()
        {
            Scratch.Return(_current);
            if (_joined is not null)
            {
                Scratch.Return(_joined);
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

            _joined ??= Scratch.Rent(Math.Max(256, text.Length + 1));
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

        /// <summary>The line the last <see cref="FlushLike"/> added, or null when it added none.</summary>
        public TextLine? LastLine { get; private set; }

        public readonly bool SameRaw(ref LineWriter other) =>
            _length > 0 && _length == other._length && _current.AsSpan(0, _length).SequenceEqual(other._current.AsSpan(0, other._length));

        /// <summary>Ends the line as <see cref="Flush"/> does, reusing <paramref name="same"/>'s text (a line of the same raw text) when given; the buffer is kept until <see cref="Clear"/>.</summary>
        public void FlushLike(TextLine? same)
        {
            LastLine = null;
            if (_length == 0)
            {
                return;
            }

            var text = same?.Text ?? (_entities ? Clean(new string(_current, 0, _length)) : Collapsed(_current.AsSpan(0, _length), null));
            if (text.Length > 0)
            {
                LastLine = same is not null && same.Block == Block ? same : new TextLine(text, Block, KindOf(Block));
                Lines!.Add(LastLine);
            }
        }

        public void Clear()
        {
            _length = 0;
            _entities = false;
        }

        private static char[] Grow(char[] buffer, int used, int needed)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            buffer.AsSpan(0, used).CopyTo(larger);
            Scratch.Return(buffer);
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
