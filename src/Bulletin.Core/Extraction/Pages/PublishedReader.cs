using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Dates;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads when a page was published, from structured data first and visible text near the title last.
/// Dates in the running text ("on 12 May 2025 the junta …") are never taken: they date events, not the page.
/// </summary>
public static partial class PublishedReader
{
    private static readonly string[] MetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "dcterms.date", "dcterms.issued", "dcterms.created",
        "DC.date.issued", "DC.date", "dc.date", "date", "pubdate", "publishdate", "publish-date", "publication_date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date",
    ];

    public static Signal<PublishedDate>? Read(PageDocument page)
    {
        foreach (var entity in page.JsonLd.Where(e => e.IsArticleLike).Concat(page.JsonLd.Where(e => !e.IsArticleLike)))
        {
            if (DateText.Parse(entity.DatePublished) is { } jsonDate)
            {
                return new Signal<PublishedDate>(jsonDate, "JSON-LD datePublished");
            }
        }

        foreach (var name in MetaNames)
        {
            if (DateText.Parse(page.Meta(name)) is { } metaDate)
            {
                return new Signal<PublishedDate>(metaDate, name.Contains(':', StringComparison.Ordinal) ? name : "meta " + name);
            }
        }

        return FromTimeElement(page) ?? FromDateElement(page) ?? FromDateLine(page);
    }

    private static Signal<PublishedDate>? FromTimeElement(PageDocument page)
    {
        var times = page.Root.SelectNodes("//time[@datetime]|//*[@itemprop='datePublished']")
            .Where(t => !PageChrome.Within(t) && !IsModified(t))
            .ToList();
        var ordered = times.Where(t => ClassNames.HasStem(t, "published", "pub") || t.GetAttributeValue("itemprop", string.Empty) == "datePublished")
            .Concat(times.Where(t => t.Ancestors().Contains(page.Content)))
            .Concat(times);
        foreach (var time in ordered)
        {
            var value = time.GetAttributeValue("datetime", null) ?? time.GetAttributeValue("content", null);
            if ((DateText.Parse(HtmlText.Clean(value)) ?? DateText.Parse(HtmlText.Of(time))) is { } date)
            {
                return new Signal<PublishedDate>(date, "time@datetime");
            }
        }

        return null;
    }

    // Elements whose class says date ("p.date", "span.dos-when", "div.fr-dateline"), nearest the title first.
    private static Signal<PublishedDate>? FromDateElement(PageDocument page)
    {
        var candidates = page.Root.SelectNodes("//body//*[@class]")
            .Where(n => ClassNames.HasStem(n, "date", "when", "published", "posted", "pubdate", "dateline") && !IsModified(n) && !PageChrome.Within(n))
            .Select(n => (Node: n, Text: HtmlText.Of(n)))
            .Where(c => c.Text.Length is > 0 and <= 80);
        foreach (var (node, text) in candidates.OrderBy(c => c.Node.Ancestors().Contains(page.Content) ? 0 : 1))
        {
            if (DateText.Parse(text) is { } date)
            {
                return new Signal<PublishedDate>(date, $"{node.Name}.{node.GetAttributeValue("class", string.Empty).Split(' ')[0]} text");
            }
        }

        return null;
    }

    // A labelled line ("Date: 22 May 2025", "ရက်စွဲ - ၁၈.၅.၂၀၂၅"), or a line that is only a date just below the title.
    private static Signal<PublishedDate>? FromDateLine(PageDocument page)
    {
        var lines = HtmlText.Lines(page.Content, PageChrome.Is);
        var title = lines.TakeWhile(l => l.Kind != LineKind.Heading).Count();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var m = DateLabel().Match(line.Text);
            if (m.Success && line.Text.Length <= 80 && DateText.Parse(m.Groups["date"].Value) is { } labelled)
            {
                return new Signal<PublishedDate>(labelled, "date line");
            }

            if (index > title && index <= title + 3 && IsDateOnly(line.Text) && DateText.Parse(line.Text) is { } bare)
            {
                return new Signal<PublishedDate>(bare, "date line");
            }
        }

        return null;
    }

    /// <summary>True for a short line that is nothing but a date ("May 20, 2025", "၂၂.၅.၂၀၂၅").</summary>
    public static bool IsDateOnly(string text) =>
        text.Length <= 40 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && DateText.Parse(text) is not null
        && !text.Contains(". ", StringComparison.Ordinal);

    private static bool IsModified(HtmlNode node) =>
        ClassNames.HasStem(node, "updated", "modified", "update", "edited") || node.GetAttributeValue("itemprop", string.Empty) == "dateModified";

    [GeneratedRegex(@"^(?:date|dated|published(?: on)?|posted(?: on)?|issued(?: on)?|release date|ရက်စွဲ|ထုတ်ပြန်သည့်ရက်)\s*[:：\-–—]?\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();
}
