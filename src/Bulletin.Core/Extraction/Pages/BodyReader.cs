using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Reads the item's running text: the whole body, its opening paragraphs and its organisation line.</summary>
public static partial class BodyReader
{
    private const int OpeningParagraphs = 3;
    private const int MaxOrganisationLine = 150;

    /// <summary>The body's text, one block per line, without the page furniture kept around it.</summary>
    public static IReadOnlyList<TextLine> Lines(PageDocument page, HtmlNode? titleNode)
    {
        ArgumentNullException.ThrowIfNull(page);
        return titleNode == TitleReader.Heading(page)
            ? page.Text.Body
            : HtmlText.Lines(page.Body, n => PageChrome.IsFrame(n) || n == titleNode || IsFurniture(n));
    }

    /// <summary>The first paragraphs (not headings or list items), joined by newlines.</summary>
    public static string? Opening(IReadOnlyList<TextLine> lines)
    {
        var opening = lines.Where(l => l.Kind == LineKind.Paragraph && !PublishedReader.IsDateOnly(l.Text)).Take(OpeningParagraphs).Select(l => l.Text).ToList();
        return opening.Count > 0 ? string.Join("\n", opening) : null;
    }

    public static string? BodyText(IReadOnlyList<TextLine> lines) =>
        lines.Count > 0 ? string.Join("\n", lines.Select(l => l.Text)) : null;

    /// <summary>
    /// A short line before the first paragraph that names the issuer: an element whose class says
    /// org/issuer/author, or an opening line such as "Statement by the Ministry of Foreign Affairs".
    /// </summary>
    public static string? OrganisationLine(PageDocument page)
    {
        var firstParagraph = page.Body.All(".//p").FirstOrDefault(p => HtmlText.Of(p).Length > MaxOrganisationLine);
        var marked = page.Content.All(".//div[@class]|.//p[@class]")
            .Where(n => ClassNames.HasStem(n, "org", "issuer", "issuing") || ClassNames.HasWord(n, "author"))
            .Where(n => !page.WithinChrome(n) && (firstParagraph is null || Before(n, firstParagraph)))
            .Select(n => HtmlText.Of(n))
            .FirstOrDefault(t => t.Length is > 0 and <= MaxOrganisationLine);
        if (marked is not null)
        {
            return marked;
        }

        var first = page.Text.Organisation.FirstOrDefault(l => l.Kind == LineKind.Paragraph && !PublishedReader.IsDateOnly(l.Text));
        return first is not null && first.Text.Length <= MaxOrganisationLine && IssuedBy().IsMatch(first.Text) ? first.Text : null;
    }

    // Date lines, language links and source notes sit inside the body block on simple sites.
    internal static bool IsFurniture(HtmlNode node) =>
        ClassNames.HasStem(node, "date", "dateline", "lang", "translation", "byline", "meta", "share", "published", "breadcrumb", "tags", "source", "credit");

    private static bool Before(HtmlNode node, HtmlNode other) => node.StreamPosition < other.StreamPosition;

    [GeneratedRegex(@"^(?:joint\s+)?(?:press\s+)?(?:statement|press\s+release|announcement|declaration|communiqu[ée]|letter|remarks)\s+(?:by|of|from)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedBy();
}
