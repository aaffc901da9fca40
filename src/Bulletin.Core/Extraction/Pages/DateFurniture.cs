using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The parts of a page whose dates are not the item's: site chrome, comments, "related" and
/// "latest" lists, sidebars, the site's footer, copyright and newsletter boxes, post navigation.
/// An element that holds the item's own text or headline is never furniture, however it is
/// classed ("content-sidebar-wrap", "has-sidebar").
/// </summary>
internal sealed class DateFurniture
{
    private static readonly string[] Stems =
    [
        "comment", "respond", "reply", "disqus", "related", "relatedposts", "recommend", "popular", "trending", "sidebar",
        "copyright", "colophon", "newsletter", "subscribe", "cookie", "advert", "sponsor", "recent", "latest", "morenews",
        "readmore", "pagination", "pager", "breadcrumb", "share", "sharing", "social", "postnav", "nav", "menu", "footer",
    ];

    // Words that say what a container has, not what it is ("has-sidebar", "with-comments").
    private static readonly string[] Qualifiers = ["has", "with", "no", "show", "hide", "enable", "disable", "without"];

    private static readonly string[] IdWords = ["comments", "respond", "sidebar", "secondary", "footer", "colophon", "related"];

    private readonly HashSet<HtmlNode> _holders;

    public DateFurniture(PageDocument page, HtmlNode? heading)
    {
        _holders = [.. page.Body.AncestorsAndSelf()];
        if (heading is not null)
        {
            _holders.UnionWith(heading.AncestorsAndSelf());
        }
    }

    /// <summary>True when no date inside <paramref name="node"/> dates the item.</summary>
    public bool Is(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element || _holders.Contains(node))
        {
            return false;
        }

        if (PageChrome.Is(node))
        {
            return true;
        }

        // Most elements carry neither a class nor an id: nothing more to read.
        return (node.Attributes["class"] is { Value.Length: > 0 } && Marked(node, ClassNames.Words(node).ToArray()))
            || (node.Attributes["id"] is { Value.Length: > 0 } && IdMarked(node));
    }

    private static bool Marked(HtmlNode node, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i > 0 && Qualifiers.Contains(words[i - 1], StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var stem in Stems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal) && !(stem == "footer" && OwnFooter(node, words)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IdMarked(HtmlNode node)
    {
        var id = node.GetAttributeValue("id", string.Empty);
        if (id.Length == 0)
        {
            return false;
        }

        var words = id.ToLowerInvariant().Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => IdWords.Contains(w, StringComparer.Ordinal));
    }

    // An article's own footer holds its date on many themes ("entry-footer", "post-footer"); the site's does not.
    private static bool OwnFooter(HtmlNode node, string[] words) =>
        words.Any(w => w is "post" or "entry" or "article" or "story" or "item") || node.Ancestors().Any(a => a.Name is "article" or "main");
}
