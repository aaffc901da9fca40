using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The elements of a page's body that can carry its date, found in one walk: &lt;time&gt;,
/// itemprop dates and hAtom's &lt;abbr title&gt;, and elements classed as a date, byline or meta block.
/// </summary>
internal sealed class DateNodes
{
    // Cheap first look at a class attribute before it is split into words.
    private static readonly string[] ClassHints = ["dat", "post", "publi", "when", "fecha", "time", "entry", "byline", "meta", "submit", "author", "info"];

    private DateNodes(List<HtmlNode> times, List<HtmlNode> classed) => (Times, Classed) = (times, classed);

    /// <summary>&lt;time&gt;, itemprop date and &lt;abbr title&gt; elements, in document order.</summary>
    public IReadOnlyList<HtmlNode> Times { get; }

    /// <summary>Elements whose class may name a date, byline or meta block, in document order.</summary>
    public IReadOnlyList<HtmlNode> Classed { get; }

    public static DateNodes Of(PageDocument page)
    {
        var times = new List<HtmlNode>();
        var classed = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(page.BodyElement ?? page.Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].NodeType == HtmlNodeType.Element)
                {
                    stack.Push(children[i]);
                }
            }

            if (node.Name is "script" or "style" or "template" or "svg" || !node.HasAttributes && node.Name != "time")
            {
                continue;
            }

            var itemprop = node.GetAttributeValue("itemprop", null);
            var cls = node.GetAttributeValue("class", null);
            if (node.Name == "time" || itemprop is "datePublished" or "dateCreated" or "dateModified"
                || (node.Name == "abbr" && cls is not null && node.Attributes.Contains("title")))
            {
                times.Add(node);
            }

            if (cls is { Length: > 0 } && ClassHints.Any(h => cls.Contains(h, StringComparison.OrdinalIgnoreCase)))
            {
                classed.Add(node);
            }
        }

        return new DateNodes(times, classed);
    }
}
