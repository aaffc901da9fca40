using Bulletin.Core.Extraction.Mentions;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Reads what a detail page says about itself (title, date, language, issuers, text, translations)
/// from any theme, trusting structured data first and visible text last. Knows no site by name.
/// </summary>
public static class PageReader
{
    /// <param name="html">The page's markup.</param>
    /// <param name="url">Where it was served from.</param>
    /// <param name="fetched">When it was fetched: no later date is its publication date.</param>
    public static PageFacts Read(string html, Uri url, DateTimeOffset? fetched = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);

        var page = new PageDocument(html, url);
        var canonical = Canonical(page);
        var declaredSite = page.Meta("og:site_name")
            ?? page.JsonLd.FirstOrDefault(e => e.Is("WebSite"))?.Name
            ?? page.JsonLd.SelectMany(e => e.Publishers).FirstOrDefault();
        var title = TitleReader.Read(page, declaredSite);
        var titleSuffix = TitleReader.TitleTag(page) is { } tag ? TitleReader.WithoutSuffix(tag, declaredSite ?? TitleReader.HomeLinkName(page, tag)).Suffix : null;
        var language = LanguageReader.Read(page, title?.Value);
        var lines = BodyReader.Lines(page, TitleReader.Heading(page));
        var opening = BodyReader.Opening(lines);
        var authors = AuthorReader.Read(page);
        var publishers = page.JsonLd.SelectMany(e => e.Publishers).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var (mentions, acronyms) = MentionReader.Read(page, lines, title?.Value, opening, declaredSite, authors, publishers);

        return new PageFacts
        {
            Url = url,
            Canonical = canonical,
            Title = title,
            Published = PublishedReader.Read(page, fetched),
            Language = language,
            SiteName = declaredSite ?? titleSuffix,
            Authors = authors,
            Publishers = publishers,
            SchemaTypes = SchemaTypes(page),
            Labels = LabelReader.Read(page, title?.Value),
            Signatories = SignatoryReader.Read(page),
            OrganisationLine = BodyReader.OrganisationLine(page),
            Opening = opening,
            BodyText = BodyReader.BodyText(lines),
            Translations = TranslationReader.Read(page, canonical, language?.Value),
            OriginalUrl = OriginalLinkReader.Read(page, canonical),
            Mentions = mentions,
            Acronyms = acronyms,
        };
    }

    private static Uri? Canonical(PageDocument page) =>
        page.Resolve(page.Elements.Links
                .FirstOrDefault(l => l.GetAttributeValue("rel", string.Empty).Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
                ?.GetAttributeValue("href", null))
            ?? page.Resolve(page.Meta("og:url"));

    // Site scaffolding (WebSite, WebPage, BreadcrumbList) says nothing about what the item is.
    private static List<string> SchemaTypes(PageDocument page)
    {
        var scaffolding = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "WebSite", "WebPage", "BreadcrumbList", "ListItem", "ImageObject", "SearchAction", "SiteNavigationElement",
            "WPHeader", "WPFooter", "WPSideBar", "Organization", "Person", "Place", "PostalAddress", "ReadAction",
        };
        return page.JsonLd.SelectMany(e => e.Types).Where(t => !scaffolding.Contains(t)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
