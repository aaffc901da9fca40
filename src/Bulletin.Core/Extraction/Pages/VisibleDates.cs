using Bulletin.Core.Extraction.Dates;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Dates a reader sees, weighed by where they stand: first what sits around the headline (its
/// neighbours, an h2 under it, the byline, an element classed as the date), then a dateline
/// opening the text, then a labelled date anywhere in the item ("Date: …" at the foot of a
/// statement), then a date in the headline itself, and only then any line of the page shaped like
/// a date. Furniture (comments, related lists, sidebars, footers, copyright lines) is never read.
/// </summary>
internal sealed class VisibleDates
{
    // Lines read around the headline: a kicker or two above it, the subtitle, byline and date below.
    private const int LinesAbove = 3;
    private const int LinesBelow = 8;
    private const int OpeningParagraphs = 3;
    private const int MaxClassedText = 120;
    private const int MaxClassedMarkup = 3000;

    // Classes that name the element as a date, and classes of the byline or meta blocks that often hold one.
    private static readonly string[] DateStems = ["date", "posted", "published", "pubdate", "dateline", "when", "datum", "fecha", "timestamp", "entrydate", "postdate"];
    private static readonly string[] BylineStems = ["byline", "meta", "submitted", "author", "info"];

    private readonly PageDocument _page;
    private readonly HtmlNode? _heading;
    private readonly DateFurniture _furniture;
    private readonly DateBounds _bounds;
    private readonly int _anchor;
    private readonly List<Candidate> _found = [];

    private readonly DateNodes _nodes;

    public VisibleDates(PageDocument page, DateNodes nodes, HtmlNode? heading, DateFurniture furniture, DateBounds bounds)
    {
        (_page, _nodes, _heading, _furniture, _bounds) = (page, nodes, heading, furniture, bounds);
        _anchor = heading?.StreamPosition ?? page.Content.StreamPosition;
    }

    /// <summary>The best visible publication date, else the best visible modified date, else null.</summary>
    public Signal<PublishedDate>? Read(out Signal<PublishedDate>? modified)
    {
        var root = _page.BodyElement ?? _page.Root;
        var lines = HtmlText.Lines(root, _furniture.Is);
        var at = HeadingLine(lines);
        var (windowStart, windowEnd) = Window(lines, at);

        FromLines(lines, at, windowStart, windowEnd);
        FromClassedElements(lines, windowStart, windowEnd);
        FromDateline(lines, at);
        FromHeadline();

        var best = _found.Where(c => !c.Modified).OrderBy(c => c.Tier).ThenBy(c => c.Distance).FirstOrDefault();
        var change = _found.Where(c => c.Modified).OrderBy(c => c.Tier).ThenBy(c => c.Distance).FirstOrDefault();
        modified = change is null ? null : new Signal<PublishedDate>(change.Date, change.From + " (modified)");
        return best is null ? null : new Signal<PublishedDate>(best.Date, best.From);
    }

    private int HeadingLine(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var block = lines[i].Block;
            if (_heading is not null ? block == _heading || (block is not null && block.Ancestors().Contains(_heading)) : block is not null && block.StreamPosition >= _anchor)
            {
                return i;
            }
        }

        return _heading is null ? 0 : -1;
    }

    private static (int Start, int End) Window(IReadOnlyList<TextLine> lines, int at) =>
        at < 0 || at >= lines.Count ? (-1, -1) : (Math.Max(0, at - LinesAbove), Math.Min(lines.Count - 1, at + LinesBelow));

    // Each line of the page: labelled dates and date-shaped lines; near the headline any date line counts.
    private void FromLines(IReadOnlyList<TextLine> lines, int at, int windowStart, int windowEnd)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == at || lines[i].Text.Length > DateLines.MaxLine || DateLines.Read(lines[i].Text) is not { } read || !_bounds.Allows(read.Date))
            {
                continue;
            }

            var near = i >= windowStart && i <= windowEnd;
            var tier = near ? Tier.NearHeadline : read.Labelled ? Tier.Labelled : Tier.PageText;
            Add(read.Date, tier, Position(lines[i]), near || read.Labelled ? "date line" : "page text", read.Modified);
        }
    }

    // Elements whose class says date ("p.date", "span.dos-when", "div.fr-dateline"), or bylines and meta blocks holding one.
    private void FromClassedElements(IReadOnlyList<TextLine> lines, int windowStart, int windowEnd)
    {
        var (from, to) = windowStart < 0 ? (int.MaxValue, int.MinValue) : (Position(lines[windowStart]), End(lines[windowEnd]));
        foreach (var node in _nodes.Classed)
        {
            if (node.Name is "article" or "main" or "body" || node.OuterLength > MaxClassedMarkup)
            {
                continue;
            }

            var words = ClassNames.Words(node).ToArray();
            var dated = words.Any(w => DateStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
            if ((!dated && !words.Any(w => BylineStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)))) || MarkupDates.Within(node, _furniture))
            {
                continue;
            }

            var text = HtmlText.Of(node, _furniture.Is);
            if (text.Length is 0 or > MaxClassedText)
            {
                continue;
            }

            var modified = MarkupDates.IsModified(node);
            PublishedDate date;
            if (DateLines.Read(text) is { } read)
            {
                (date, modified) = (read.Date, modified || read.Modified);
            }
            else if (dated && DateText.Find(text) is { } found)
            {
                date = found.Date;
            }
            else
            {
                continue;
            }

            if (_bounds.Allows(date))
            {
                var near = node.StreamPosition >= from && node.StreamPosition <= to;
                var from2 = $"{node.Name}.{node.GetAttributeValue("class", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]} text";
                Add(date, near ? Tier.NearHeadline : dated ? Tier.Labelled : Tier.PageText, node.StreamPosition, from2, modified);
            }
        }
    }

    private void FromDateline(IReadOnlyList<TextLine> lines, int at)
    {
        foreach (var line in lines.Skip(Math.Max(0, at + 1)).Where(l => l.Kind == LineKind.Paragraph).Take(OpeningParagraphs))
        {
            if (DateLines.Dateline(line.Text) is { } date && _bounds.Allows(date))
            {
                Add(date, Tier.Dateline, Position(line), "dateline", modified: false);
                return;
            }
        }
    }

    // "Announcement (15/2021) March 18, 2021": a headline that carries its own date.
    private void FromHeadline()
    {
        foreach (var (text, from) in new[] { (_heading is null ? null : HtmlText.Of(_heading), "headline text"), (TitleReader.TitleTag(_page), "title text") })
        {
            if (DateText.Find(text) is { } found && _bounds.Allows(found.Date) && !DateLines.IsCopyright(text!))
            {
                Add(found.Date, Tier.Headline, _anchor, from, modified: false);
                return;
            }
        }
    }

    private void Add(PublishedDate date, Tier tier, int position, string from, bool modified) =>
        _found.Add(new Candidate(date, tier, MarkupDates.Distance(position, _anchor), from, modified));

    private static int Position(TextLine line) => line.Block?.StreamPosition ?? 0;

    private static int End(TextLine line) => line.Block is { } block ? block.StreamPosition + block.OuterLength : int.MaxValue;

    private enum Tier
    {
        NearHeadline,
        Dateline,
        Labelled,
        Headline,
        PageText,
    }

    private sealed record Candidate(PublishedDate Date, Tier Tier, long Distance, string From, bool Modified);
}
