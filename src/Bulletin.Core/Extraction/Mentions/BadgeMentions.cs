using Bulletin.Core.Extraction.Pages;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// Badges that name the body behind an item, often by acronym only: "UNICEF" in an agency badge on a
/// UN country-team site, a logo's alt text, an "entity" or "agency" tag. Kind badges ("Press release")
/// are offered too; resolution drops what names no body.
/// </summary>
internal static class BadgeMentions
{
    private const int MaxBadge = 80;

    private static readonly string[] Stems = ["badge", "badges", "entity", "entities", "agency", "agencies", "acronym", "organisation", "organization", "org"];

    public static IEnumerable<IssuerMention> Read(PageDocument page)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // UN country-team sites put the agency badge beside the article, not inside it.
        foreach (var node in page.Elements.BodyClassed.Where(n => ClassNames.HasWord(n, Stems) && !page.WithinChrome(n)))
        {
            foreach (var text in Texts(node))
            {
                if (text.Length is > 1 and <= MaxBadge && seen.Add(text))
                {
                    yield return new IssuerMention(text, MentionSignal.Badge, "badge");
                }
            }
        }
    }

    // A badge group ("div.entity-badges > span + img") gives each part; an image gives its alt text.
    private static IEnumerable<string> Texts(HtmlNode node)
    {
        if (node.Name == "img")
        {
            yield return HtmlText.Clean(node.GetAttributeValue("alt", string.Empty));
            yield break;
        }

        var text = HtmlText.Of(node);
        if (text.Length is > 0 and <= MaxBadge && node.All(".//*[@class]").Count == 0)
        {
            yield return text;
        }

        foreach (var img in node.All(".//img[@alt]"))
        {
            yield return HtmlText.Clean(img.GetAttributeValue("alt", string.Empty));
        }
    }
}
