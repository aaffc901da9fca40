using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Reads who the page says wrote it: JSON-LD authors, meta author, and visible bylines.</summary>
public static partial class AuthorReader
{
    public static IReadOnlyList<Signal<string>> Read(PageDocument page)
    {
        var found = new List<Signal<string>>();
        foreach (var entity in page.JsonLd.Where(e => e.IsArticleLike || e.IsWebPage))
        {
            found.AddRange(entity.Authors.Select(a => new Signal<string>(a, "JSON-LD author")));
        }

        foreach (var key in new[] { "author", "article:author", "dc.creator", "DC.creator", "dcterms.creator", "byl" })
        {
            found.AddRange(page.MetaAll(key).Where(v => !v.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                .Select(v => new Signal<string>(StripBy(v), "meta " + key)));
        }

        found.AddRange(Bylines(page));
        return found.Where(a => a.Value.Length > 0)
            .DistinctBy(a => a.Value.ToUpperInvariant())
            .ToList();
    }

    // The outermost byline-like element in the item, without the date many themes put inside it.
    private static IEnumerable<Signal<string>> Bylines(PageDocument page)
    {
        var bylines = page.Elements.BodyClassedOrAuthor
            .Where(n => (ClassNames.HasStem(n, "byline", "author") || n.GetAttributeValue("rel", string.Empty) == "author")
                && n.Name is not ("article" or "body" or "main")
                && !page.WithinChrome(n));
        foreach (var node in bylines)
        {
            if (node.Ancestors().Any(a => ClassNames.HasStem(a, "byline", "author")))
            {
                continue;
            }

            var text = StripBy(HtmlText.Of(node, n => n.Name == "time" || ClassNames.HasStem(n, "date", "when", "posted")));
            if (text.Length is > 0 and <= 80 && !text.Contains(':', StringComparison.Ordinal))
            {
                yield return new Signal<string>(text, "byline");
            }
        }

        foreach (var line in page.ContentFrameLines.Take(12))
        {
            var m = ByLine().Match(line.Text);
            if (m.Success)
            {
                yield return new Signal<string>(StripBy(line.Text), "byline text");
            }
        }
    }

    private static string StripBy(string text) => HtmlText.Clean(ByPrefix().Replace(text, string.Empty)).TrimEnd(',', ';', '|', '·');

    [GeneratedRegex(@"^\s*(?:(?:posted|written|published|words)\s+by|by|author\s*:|authors\s*:)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    // A short line of its own that is only a byline ("By Regional Desk").
    [GeneratedRegex(@"^(?i:(?:posted |written )?by)\s+\p{Lu}[\p{L}\p{M}.'’\- ]{1,60}$")]
    private static partial Regex ByLine();
}
