using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Finds where an item's text lives without knowing the theme: the element whose own paragraphs
/// hold the most text, outside navigation, sidebars and the site's header and footer.
/// </summary>
public static class BodyBlock
{
    /// <summary>The densest paragraph container; the article, main or body when the page has no paragraphs.</summary>
    public static HtmlNode Find(PageDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = page.Html;
        // Each paragraph's text is measured once and added to every ancestor, so widening is a lookup.
        var own = new Dictionary<HtmlNode, int>();
        var within = new Dictionary<HtmlNode, int>();
        foreach (var paragraph in page.Elements.Paragraphs)
        {
            if (paragraph.ParentNode is not { } parent || page.WithinChrome(paragraph) || WithinFrame(paragraph))
            {
                continue;
            }

            var length = HtmlText.LengthOf(paragraph);
            own[parent] = own.GetValueOrDefault(parent) + length;
            for (var ancestor = parent; ancestor is not null; ancestor = ancestor.ParentNode)
            {
                within[ancestor] = within.GetValueOrDefault(ancestor) + length;
            }
        }

        if (own.Count > 0)
        {
            return Widen(own.MaxBy(s => s.Value), within);
        }

        return html.DocumentNode.SelectSingleNode("//article") ?? html.DocumentNode.SelectSingleNode("//main")
            ?? html.DocumentNode.SelectSingleNode("//*[@role='main']") ?? html.DocumentNode.SelectSingleNode("//body") ?? html.DocumentNode;
    }

    // Page builders put each paragraph in its own wrapper; climb while an ancestor holds at least twice the text.
    private static HtmlNode Widen(KeyValuePair<HtmlNode, int> best, Dictionary<HtmlNode, int> within)
    {
        var (node, score) = (best.Key, best.Value);
        for (var parent = node.ParentNode; parent is not null && parent.Name is not ("body" or "html" or "#document"); parent = parent.ParentNode)
        {
            var total = within.GetValueOrDefault(parent);
            if (total >= score * 2)
            {
                (node, score) = (parent, total);
            }
        }

        return node;
    }

    /// <summary>The article, main or table cell around <paramref name="body"/>, where the item's own parts are.</summary>
    public static HtmlNode ContentRoot(HtmlNode body, HtmlDocument html) =>
        body.AncestorsAndSelf().FirstOrDefault(n => n.Name is "article" or "main" || n.GetAttributeValue("role", string.Empty) == "main")
        ?? body.AncestorsAndSelf().FirstOrDefault(n => n.Name is "td" or "section")
        ?? body;

    // Paragraphs in an article's own header or footer are metadata ("Posted in …"), not the text.
    private static bool WithinFrame(HtmlNode node) => node.Ancestors().Any(a => a.Name is "header" or "footer");
}
