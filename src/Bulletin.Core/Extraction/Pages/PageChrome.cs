using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The parts of a page that belong to the site rather than the item: navigation, sidebars, and
/// headers or footers outside the article. Facts are never read from them.
/// </summary>
public static class PageChrome
{
    private static readonly HashSet<string> AlwaysChrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "form", "script", "style", "noscript", "template",
    };

    /// <summary>True when <paramref name="node"/> is itself site chrome.</summary>
    public static bool Is(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }

        if (AlwaysChrome.Contains(node.Name))
        {
            return node.Name != "form" || !WrapsThePage(node);
        }

        var role = node.GetAttributeValue("role", string.Empty);
        if (role is "navigation" or "banner" or "contentinfo" or "complementary")
        {
            return true;
        }

        // An article's own header and footer hold its title, date and categories; the site's do not.
        // Themes that do not wrap the post in <article> still class its header as the entry's.
        if (node.Name is "header" or "footer")
        {
            return !node.Ancestors().Any(a => a.Name is "article" or "main") && !ClassNames.HasWord(node, "entry", "post", "article");
        }

        // "widget" alone is not chrome: page builders wrap the whole article in "…-widget-container" blocks.
        return (ClassNames.HasWord(node, "sidebar", "menu", "breadcrumb", "breadcrumbs", "crumbs", "pager", "pagination", "share", "sharing", "related", "comments")
                && !IsLayoutWrapper(node))
            || ClassNames.Contains(node, "widget-area");
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HtmlNode, object> PageForms = [];

    // ASP.NET Web Forms (and some CMSs built on them) put the whole page in one <form> under <body>;
    // that form holds the article, not a search box. Remembered per node: every read asks it again.
    private static bool WrapsThePage(HtmlNode form) =>
        (bool)PageForms.GetValue(form, f => f.ParentNode?.Name is "body" or "html"
            && f.SelectSingleNode(".//h1|.//article|.//main") is not null);

    // "content-sidebar-wrap" holds the content beside the sidebar; "has-sidebar" says a page has one.
    private static bool IsLayoutWrapper(HtmlNode node)
    {
        var words = ClassNames.Words(node).ToList();
        return words.Contains("content") || words.Contains("main")
            || words.Any(w => w is "has" or "with" or "no" or "without");
    }

    /// <summary>True when <paramref name="node"/> or any ancestor is site chrome.</summary>
    public static bool Within(HtmlNode node) => node.AncestorsAndSelf().Any(Is);

    /// <summary>True for the article's own header and footer too: what the body text leaves out.</summary>
    public static bool IsFrame(HtmlNode node) => Is(node) || (node.NodeType == HtmlNodeType.Element && node.Name is "header" or "footer");
}
