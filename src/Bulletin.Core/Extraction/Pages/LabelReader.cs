using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Collects the kind labels a page shows about itself: badges and eyebrows ("Press Statement"),
/// category links, article:section, JSON-LD articleSection and breadcrumbs.
/// </summary>
public static partial class LabelReader
{
    private const int MaxLabelLength = 60;

    private static readonly string[] LabelStems =
        ["kind", "type", "badge", "eyebrow", "category", "categories", "cat", "tag", "tags", "label", "genre"];

    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Home", "Homepage", "Home page", "Start", "ပင်မစာမျက်နှာ", "ပင်မ",
    };

    public static IReadOnlyList<string> Read(PageDocument page, string? title)
    {
        var labels = new List<string>();
        labels.AddRange(page.MetaAll("article:section"));
        foreach (var entity in page.JsonLd.Where(e => e.IsArticleLike))
        {
            labels.AddRange(entity.Sections);
        }

        labels.AddRange(Badges(page));
        labels.AddRange(page.Elements.BodyTagLinks
            .Where(a => !page.WithinChrome(a))
            .Select(a => HtmlText.Of(a)));
        labels.AddRange(page.JsonLd.Where(e => e.Is("BreadcrumbList")).SelectMany(e => e.Crumbs));
        labels.AddRange(Breadcrumbs(page));
        labels.AddRange(CatalogueFields(page));

        return labels.Select(Unprefixed)
            .Where(l => l.Length is > 0 and <= MaxLabelLength && !HomeWords.Contains(l) && !SameText(l, title))
            .DistinctBy(l => l.ToUpperInvariant())
            .ToList();
    }

    // A badge holding several labels ("div.tags > span.badge + span.mech") gives each child separately.
    private static IEnumerable<string> Badges(PageDocument page)
    {
        var badges = page.Elements.BodyClassed
            .Where(n => n.Name is not ("article" or "main" or "body" or "section" or "html") && ClassNames.HasWord(n, LabelStems) && !page.WithinChrome(n));
        foreach (var badge in badges)
        {
            var whole = HtmlText.Of(badge);
            if (whole.Length == 0 || whole.Length > 120)
            {
                continue;
            }

            var parts = badge.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && HtmlText.Of(c).Length > 0).ToList();
            if (parts.Count == 0)
            {
                yield return whole;
                continue;
            }

            foreach (var part in parts)
            {
                yield return HtmlText.Of(part);
            }
        }
    }

    private static IEnumerable<string> Breadcrumbs(PageDocument page)
    {
        var trails = page.Elements.ClassedOrLabelled
            .Where(n => ClassNames.HasStem(n, "breadcrumb", "crumb") || n.GetAttributeValue("aria-label", string.Empty).Contains("breadcrumb", StringComparison.OrdinalIgnoreCase))
            .Where(n => !n.Ancestors().Any(a => ClassNames.HasStem(a, "breadcrumb", "crumb")));
        foreach (var trail in trails)
        {
            foreach (var crumb in trail.All(".//a|.//span|.//li[not(.//a)]").Where(c => c.All(".//a|.//span").Count == 0))
            {
                yield return HtmlText.Of(crumb);
            }
        }
    }

    // A library's or archive's record lists its fields as lines: "Category: Human rights reports",
    // "Document type: Statement". The value is the site's own filing of the item.
    // In a table the value is the next cell, read as the next line.
    private static IEnumerable<string> CatalogueFields(PageDocument page)
    {
        var lines = page.ContentLines.Take(80).Select(l => l.Text).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = CatalogueLabel().IsMatch(lines[i]) && i + 1 < lines.Count ? lines[i] + " " + lines[i + 1] : lines[i];
            if (CatalogueField().Match(text) is { Success: true } m)
            {
                yield return m.Groups["value"].Value;
            }
        }
    }

    // "Tags: Briefings" → "Briefings".
    private static string Unprefixed(string label) => HtmlText.Clean(Prefix().Replace(label, string.Empty));

    private static bool SameText(string label, string? title) =>
        title is not null && string.Equals(label, title, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:categor(?:y|ies)|document\s+type|type\s+of\s+document|genre)\s*:\s*(?<value>[^:]{2,60}?)\s*$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CatalogueField();

    [GeneratedRegex(@"^\s*(?:categor(?:y|ies)|document\s+type|type\s+of\s+document|genre)\s*:\s*$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CatalogueLabel();

    [GeneratedRegex(@"^(?:tags?|categor(?:y|ies)|filed in|posted in|topics?|section|type|kind)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}
