using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// The part of a site that posted the item: breadcrumb steps ("Home › EU Delegation to Myanmar › Press
/// material") and posting-team lines ("Press and information team of the Delegation to MYANMAR"). They
/// say who posted it, which is often, though not always, who issued it.
/// </summary>
internal static class SectionMentions
{
    private const int MaxText = 120;

    private static readonly string[] TeamStems = ["team", "unit", "department", "office", "delegation", "ministry", "division", "desk", "section", "type", "source"];

    public static IEnumerable<IssuerMention> Read(PageDocument page, string? title)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trails = page.Elements.ClassedOrLabelled
            .Where(n => ClassNames.HasStem(n, "breadcrumb", "crumb") || n.GetAttributeValue("aria-label", string.Empty).Contains("breadcrumb", StringComparison.OrdinalIgnoreCase))
            .Where(n => !n.Ancestors().Any(a => ClassNames.HasStem(a, "breadcrumb", "crumb")));
        foreach (var trail in trails)
        {
            foreach (var crumb in trail.All(".//a|.//li[not(.//a)]|.//span[not(.//a) and not(.//span)]"))
            {
                var text = HtmlText.Of(crumb);
                if (text.Length is > 2 and <= MaxText && !string.Equals(text, title, StringComparison.OrdinalIgnoreCase) && seen.Add(text))
                {
                    yield return new IssuerMention(text, MentionSignal.Section, "breadcrumb");
                }
            }
        }

        // A section heading over the item: "Statements of the Hlaingthaya Workers' Solidarity Group".
        foreach (var heading in page.Elements.BodyHeadings.Where(h => !page.WithinChrome(h)))
        {
            var text = HtmlText.Of(heading);
            if (text.Length <= MaxText && !string.Equals(text, title, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var named in TitleMentions.Read(text).Where(m => seen.Add(m.Text)))
                {
                    yield return named with { Signal = MentionSignal.Section, Detail = $"section heading '{text}'" };
                }
            }
        }

        foreach (var node in page.Content.All(".//*[@class]").Where(n => ClassNames.HasWord(n, TeamStems) && n.All(".//p|.//div|.//li").Count == 0))
        {
            var text = HtmlText.Of(node);
            if (text.Length is > 2 and <= MaxText && !string.Equals(text, title, StringComparison.OrdinalIgnoreCase) && seen.Add(text))
            {
                yield return new IssuerMention(text, MentionSignal.Section, "posting section");
            }
        }
    }
}
