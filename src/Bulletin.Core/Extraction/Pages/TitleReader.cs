using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads a page's headline. Its candidates are og:title, the article's JSON-LD headline, the
/// heading (h1), twitter:title and &lt;title&gt;; each loses the site's name wherever it is fixed to
/// it ("… | Site", "Site – …", known from og:site_name, JSON-LD, the logo link or the address), and
/// the candidate the others agree with wins: "Headline" when the others read "Headline – Site".
/// The site's name is never the headline.
/// </summary>
public static partial class TitleReader
{
    private static readonly string[] SuffixSeparators = [" | ", " – ", " — ", " :: ", " « ", " » "];

    /// <summary>The headline and the candidate it was read from ("og:title", "JSON-LD headline", "h1", "title").</summary>
    public static Signal<string>? Read(PageDocument page, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var sites = new SiteNames(page, siteName, siteName is null ? () => TitleTag(page) is { } tag ? HomeLinkName(page, tag) : null : null);
        var article = page.JsonLd.FirstOrDefault(e => e.IsArticleLike);
        var heading = Heading(page);
        var headingText = heading is null ? null : HtmlText.Of(heading);
        if (heading is { Name: "h1" } && (sites.Names(headingText!) || LinksHome(page, heading)) && TitledHeading(page) is { } titled)
        {
            // A blog's h1 is often its own name; the post's title is then an h2 or h3 classed as one.
            (heading, headingText) = (titled, HtmlText.Of(titled));
        }

        var candidates = new[]
            {
                HeadlineCandidate.Of("og:title", page.Meta("og:title"), sites),
                HeadlineCandidate.Of("JSON-LD headline", article?.Headline ?? article?.Name, sites),
                HeadlineCandidate.Of(heading?.Name ?? "h1", headingText, sites),
                HeadlineCandidate.Of("twitter:title", page.Meta("twitter:title"), sites),
                HeadlineCandidate.Of("title", TitleTag(page), sites),
            }
            .OfType<HeadlineCandidate>()
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Most agreement wins; between equals, the order above (the markup made to name the item first).
        var (best, support, _) = candidates.Select((c, order) => (Candidate: c, Support: candidates.Count(o => o != c && o.Confirms(c)), Order: order))
            .OrderByDescending(x => x.Support)
            .ThenBy(x => x.Order)
            .First();

        // A <title> alone is all there is: read its tail the way a reader would, unless the site's name
        // has already come off it ("Report – October 2024 – Site" keeps "– October 2024").
        if (support == 0 && best.From is "title" or "og:title" && HeadingPart(page, best.Text) is { } part)
        {
            // "KNPP - Statement on …" over a heading that reads "Statement on …": the heading is the headline.
            return part;
        }

        if (support == 0 && best.From == "title" && Generic(best.Text) && FirstHeading(page) is { } first)
        {
            // "KNPP - Statement" on an old hand-made page: a title that only says whose and what kind
            // of page it is; the page's own heading carries the headline.
            return first;
        }

        var text = best.From == "title" && support == 0 && best.Text == TitleTag(page)
            ? WithoutSuffix(best.Text, siteName).Title
            : WithoutPlainSuffix(best.Text, best.From);
        return new Signal<string>(best.From is "og:title" or "twitter:title" or "title" ? WithoutAcronymPrefix(text) : text, best.From);
    }

    private static readonly string[] PartSeparators = [" | ", " – ", " — ", " - ", " :: ", " · "];

    /// <summary>A heading on the page that is one side of the title's separator, when there is one.</summary>
    private static Signal<string>? HeadingPart(PageDocument page, string title)
    {
        var parts = PartSeparators.Where(s => title.Contains(s, StringComparison.Ordinal))
            .SelectMany(s => title.Split(s, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 12)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (parts.Count == 0)
        {
            return null;
        }

        return PageHeading(page, page.Elements.H1H2H3, 12, parts.Contains);
    }

    /// <summary>The first of the page's first <paramref name="take"/> headings outside its chrome whose text <paramref name="accept"/>s.</summary>
    private static Signal<string>? PageHeading(PageDocument page, IEnumerable<HtmlNode> headings, int take, Func<string, bool> accept)
    {
        var heading = headings.Where(h => !page.WithinChrome(h)).Take(take)
            .Select(h => (h.Name, Text: HtmlText.Of(h))).FirstOrDefault(h => accept(h.Text));
        return heading.Text is null ? null : new Signal<string>(heading.Text, heading.Name);
    }

    // A Blogger-style header: the blog's name in an h1 that links to the home page.
    private static bool LinksHome(PageDocument page, HtmlNode heading) =>
        heading.SelectNodes(".//a[@href]") is { Count: 1 } links
        && page.Resolve(links[0].GetAttributeValue("href", null)) is { } home
        && home.AbsolutePath == "/" && string.IsNullOrEmpty(home.Query) && Links.SameSite(home, page.Url);

    // Every side of the title is short: a site's name and a word for the kind of page, no headline.
    private static bool Generic(string title) =>
        title.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts && parts.All(p => p.Length < 24);

    private static Signal<string>? FirstHeading(PageDocument page) => PageHeading(page, page.Elements.H2H3, 3, text => text.Length >= 24);

    /// <summary>The heading element that names the item: the first h1, else an h2/h3 whose class says title.</summary>
    public static HtmlNode? Heading(PageDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Heading(FindHeading);
    }

    private static HtmlNode? FindHeading(PageDocument page)
    {
        var h1 = page.Elements.H1.Where(h => !page.WithinChrome(h)).ToList();
        if (h1.Count > 0)
        {
            return h1.FirstOrDefault(h => h.Ancestors().Contains(page.Content)) ?? h1[0];
        }

        return TitledHeading(page);
    }

    private static HtmlNode? TitledHeading(PageDocument page) =>
        page.Elements.H2H3
            .FirstOrDefault(h => !page.WithinChrome(h) && ClassNames.HasStem(h, "title", "headline", "heading") && !ClassNames.HasStem(h, "widget", "section", "block"));

    /// <summary>The &lt;title&gt; element's text.</summary>
    public static string? TitleTag(PageDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.TitleTag;
    }

    /// <summary>The text of the logo link to "/" when <paramref name="title"/> ends with it: it confirms a "Headline - Site" suffix that a hyphen alone cannot.</summary>
    public static string? HomeLinkName(PageDocument page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(title);
        return page.HomeLinkNames.FirstOrDefault(name => title.EndsWith(name, StringComparison.OrdinalIgnoreCase) && title.Length > name.Length);
    }

    /// <summary>
    /// Splits "Headline | Site" at its last separator. A hyphen only counts when the part after it is
    /// the known site name, because headlines use hyphens themselves ("Malaysia - ASEAN ...").
    /// </summary>
    public static (string Title, string? Suffix) WithoutSuffix(string title, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(title);
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
        return LooksLikeSite(suffix, head) ? (head, suffix) : (title, null);
    }

    // A meta title the others did not confirm still loses a "| Site" tail: a bar is never part of a
    // headline, where a dash may be ("Myanmar: junta must stop – UN expert").
    private static string WithoutPlainSuffix(string text, string from)
    {
        if (from is not ("og:title" or "twitter:title" or "title"))
        {
            return text;
        }

        var at = Math.Max(text.LastIndexOf(" | ", StringComparison.Ordinal), text.LastIndexOf(" :: ", StringComparison.Ordinal));
        if (at <= 0)
        {
            return text;
        }

        var head = text[..at].Trim();
        var suffix = text[(at + 3)..].Trim(' ', ':');
        return LooksLikeSite(suffix, head) ? head : text;
    }

    // "OHCHR | Headline": an acronym before a bar is the site's, as much as a name after one.
    private static string WithoutAcronymPrefix(string text)
    {
        var first = text.IndexOf(" | ", StringComparison.Ordinal);
        return first > 0 && Acronym().IsMatch(text[..first]) && text.Length - first > 3 * first ? text[(first + 3)..].Trim() : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu}\d&\-]{1,9}$", System.Text.RegularExpressions.RegexOptions.None, 100)]
    private static partial System.Text.RegularExpressions.Regex Acronym();

    private static bool LooksLikeSite(string suffix, string head) =>
        suffix.Length is > 0 and <= 60 && suffix.Split(' ').Length <= 8 && suffix.Length < head.Length;
}
