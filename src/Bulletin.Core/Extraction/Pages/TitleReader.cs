using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Reads a page's title from its most trusted source, and the site name a title tag carries.</summary>
public static class TitleReader
{
    private static readonly string[] SuffixSeparators = [" | ", " – ", " — ", " :: ", " « ", " » "];

    /// <summary>og:title, then the article's JSON-LD headline, then the first heading, then &lt;title&gt; without its site suffix.</summary>
    public static Signal<string>? Read(PageDocument page, string? siteName)
    {
        // Some themes put the site name in og:title on every page; that names no item.
        if (Usable(page.Meta("og:title")) is { } og && !og.Equals(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return new Signal<string>(og, "og:title");
        }

        if (page.JsonLd.FirstOrDefault(e => e.IsArticleLike) is { } article && Usable(article.Headline ?? article.Name) is { } headline)
        {
            return new Signal<string>(headline, "JSON-LD headline");
        }

        if (Heading(page) is { } heading && Usable(HtmlText.Of(heading)) is { } text)
        {
            return new Signal<string>(text, heading.Name);
        }

        if (Usable(TitleTag(page)) is { } title)
        {
            return new Signal<string>(WithoutSuffix(title, siteName).Title, "title");
        }

        return null;
    }

    /// <summary>The heading element that names the item: the first h1, else an h2/h3 whose class says title.</summary>
    public static HtmlNode? Heading(PageDocument page)
    {
        var h1 = page.Root.SelectNodes("//h1").Where(h => !PageChrome.Within(h)).ToList();
        if (h1.Count > 0)
        {
            return h1.FirstOrDefault(h => h.Ancestors().Contains(page.Content)) ?? h1[0];
        }

        return page.Root.SelectNodes("//h2|//h3")
            .FirstOrDefault(h => !PageChrome.Within(h) && ClassNames.HasStem(h, "title", "headline", "heading"));
    }

    /// <summary>The &lt;title&gt; element's text.</summary>
    public static string? TitleTag(PageDocument page) =>
        HtmlText.Clean(page.Root.SelectSingleNode("//title")?.InnerText) is { Length: > 0 } t ? t : null;

    /// <summary>
    /// Splits "Headline | Site" at its last separator. A hyphen only counts when the part after it is
    /// the known site name, because headlines use hyphens themselves ("Malaysia - ASEAN ...").
    /// </summary>
    public static (string Title, string? Suffix) WithoutSuffix(string title, string? siteName)
    {
        if (siteName is not null)
        {
            foreach (var separator in SuffixSeparators.Append(" - ").Append(": "))
            {
                var ending = separator + siteName;
                if (title.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && title.Length > ending.Length)
                {
                    return (title[..^ending.Length].Trim(), siteName);
                }
            }
        }

        var best = -1;
        var width = 0;
        foreach (var separator in SuffixSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best)
            {
                (best, width) = (at, separator.Length);
            }
        }

        if (best <= 0)
        {
            return (title, null);
        }

        var suffix = title[(best + width)..].Trim();
        var head = title[..best].Trim();
        var looksLikeSite = suffix.Length is > 0 and <= 60 && suffix.Split(' ').Length <= 8 && suffix.Length < head.Length;
        return looksLikeSite ? (head, suffix) : (title, null);
    }

    private static string? Usable(string? text)
    {
        var clean = HtmlText.Clean(text);
        return clean.Length > 0 ? clean : null;
    }
}
