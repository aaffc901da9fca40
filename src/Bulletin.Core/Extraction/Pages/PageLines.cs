using Bulletin.Core.Extraction.Mentions;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The page's text as each reader reads it, from one walk of the page: the article without site
/// chrome, the article without its own header and footer, the body text, and the whole page but its
/// navigation. Each view is what <see cref="HtmlText.Lines"/> gives over its root.
/// </summary>
internal sealed class PageLines
{
    private PageLines(IReadOnlyList<TextLine>[] views, bool organisationApart)
    {
        Content = views[0];
        ContentFrame = views[1];
        Body = views[2];
        Page = views[3];
        Organisation = organisationApart ? views[4] : views[2];
    }

    /// <summary><see cref="PageDocument.Content"/> without site chrome (<see cref="PageChrome.Is"/>).</summary>
    public IReadOnlyList<TextLine> Content { get; }

    /// <summary><see cref="PageDocument.Content"/> without chrome or the article's own header and footer (<see cref="PageChrome.IsFrame"/>).</summary>
    public IReadOnlyList<TextLine> ContentFrame { get; }

    /// <summary>The body text without the heading or furniture (<see cref="BodyReader.Lines"/> from the page's heading).</summary>
    public IReadOnlyList<TextLine> Body { get; }

    /// <summary>The whole body element but its navigation, where labelled fields are read.</summary>
    public IReadOnlyList<TextLine> Page { get; }

    /// <summary>The body text with the heading kept, where the organisation line is looked for.</summary>
    public IReadOnlyList<TextLine> Organisation { get; }

    public static PageLines Of(PageDocument page)
    {
        var heading = TitleReader.Heading(page);
        var body = page.Body;

        // Leaving out a heading outside the body block changes nothing: then one view serves both.
        var apart = heading is not null && heading != body && heading.Ancestors().Contains(body);
        var views = new List<(HtmlAgilityPack.HtmlNode Root, Func<HtmlAgilityPack.HtmlNode, bool>? Exclude)>
        {
            (page.Content, PageChrome.Is),
            (page.Content, PageChrome.IsFrame),
            (body, n => PageChrome.IsFrame(n) || n == heading || BodyReader.IsFurniture(n)),
            (page.BodyElement ?? page.Root, MentionReader.IsNavigation),
        };
        if (apart)
        {
            views.Add((body, n => PageChrome.IsFrame(n) || BodyReader.IsFurniture(n)));
        }

        return new PageLines(HtmlText.Views(page.Root, [.. views]), apart);
    }
}
