using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// XPath selection that is never null. The documents read here are parsed with
/// <c>OptionEmptyCollection</c>, so HtmlAgilityPack returns an empty list when nothing matches;
/// its nullable annotations cannot know that, so the readers ask through here.
/// </summary>
internal static class NodeSelection
{
    /// <summary>The nodes <paramref name="xpath"/> selects from <paramref name="node"/>, in document order.</summary>
    public static IList<HtmlNode> All(this HtmlNode node, string xpath) => (IList<HtmlNode>?)node.SelectNodes(xpath) ?? [];
}
