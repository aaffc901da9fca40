using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// Gathers every place a detail page names a body that may have issued it, in the order the signals
/// are read (fields, letterhead, opening, signature, title, badges, sections, bylines, structured
/// data, site name), with the "Full Name (ACR)" pairs the page writes out.
/// </summary>
public static class MentionReader
{
    public static (IReadOnlyList<IssuerMention> Mentions, IReadOnlyDictionary<string, string> Acronyms) Read(
        PageDocument page, IReadOnlyList<TextLine> bodyLines, string? title, string? opening, string? siteName, IReadOnlyList<Signal<string>> authors, IReadOnlyList<string> publishers)
    {
        var contentLines = page.ContentLines;

        // A site's tagline may say who publishes it ("Published by the … Research Circle"): fields are
        // read from the whole page but its navigation.
        var pageLines = page.Text.Page;
        var mentions = new List<IssuerMention>();
        mentions.AddRange(FieldMentions.Read(pageLines));
        mentions.AddRange(LetterheadMentions.Read(bodyLines, title));
        mentions.AddRange(OpeningMentions.Read(Paragraphs(bodyLines, opening)));

        // "This is the text of a press statement issued by the U.S. Department of State" closes a repost.
        mentions.AddRange(bodyLines.TakeLast(ClosingParagraphs).SelectMany(l => OpeningMentions.IssuedBy(l.Text)));
        mentions.AddRange(SignatureMentions.Read(bodyLines));
        mentions.AddRange(TitleMentions.Read(title));
        mentions.AddRange(BadgeMentions.Read(page));
        mentions.AddRange(SectionMentions.Read(page, title));
        mentions.AddRange(authors.Select(a => new IssuerMention(a.Value, a.From.StartsWith("byline", StringComparison.Ordinal) ? MentionSignal.Byline : MentionSignal.Author, a.From)));
        mentions.AddRange(publishers.Select(p => new IssuerMention(p, MentionSignal.Publisher, "JSON-LD publisher")));
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            mentions.Add(new IssuerMention(siteName, MentionSignal.SiteName, "site name"));
        }

        // An acronym the text uses may be spelled out only in the site's header or sidebar ("… Network
        // (MHWCN) — we post the statements of …"); the text's own spelling-out comes first.
        var texts = contentLines.Select(l => l.Text).Prepend(title ?? string.Empty).Concat(pageLines.Select(l => l.Text));
        return (mentions.DistinctBy(m => (m.Text, m.Signal)).ToList(), AcronymPairs.Read(texts));
    }

    // The first sentences of the text: paragraphs long enough to be prose, after meta lines ("Posted on",
    // "From: …") that some themes put in the body.
    private static string Paragraphs(IReadOnlyList<TextLine> bodyLines, string? opening)
    {
        var prose = bodyLines.Where(l => l.Kind == LineKind.Paragraph && l.Text.Length >= MinimumProse && !PublishedReader.IsDateOnly(l.Text)).Take(OpeningParagraphs).Select(l => l.Text).ToList();
        return prose.Count > 0 ? string.Join("\n", prose) : opening ?? string.Empty;
    }

    private const int MinimumProse = 25;
    private const int ClosingParagraphs = 4;
    private const int OpeningParagraphs = 4;

    internal static bool IsNavigation(HtmlAgilityPack.HtmlNode node) =>
        node.Name is "nav" or "form" or "script" or "style" || node.GetAttributeValue("role", string.Empty) == "navigation" || ClassNames.HasWord(node, "menu", "nav", "navbar", "navigation");

    /// <summary>What a title alone says about its issuer, for an item read without its page.</summary>
    public static IEnumerable<IssuerMention> FromTitle(string? title) => TitleMentions.Read(title);
}
