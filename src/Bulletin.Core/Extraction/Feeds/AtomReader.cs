using System.Xml.Linq;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads Atom 1.0 and Atom 0.3 feeds, namespaced or not.</summary>
internal static class AtomReader
{
    public static FeedDocument Read(XElement root, Uri feedUrl)
    {
        var links = AtomLinks.Read(root, feedUrl);
        var language = root.LangOf() ?? root.Child(K("language")).Text() ?? root.Child("dc:language").Text();
        return new FeedDocument
        {
            Format = root.Name.NamespaceName == Names.Atom03 ? "atom03" : "atom10",
            Title = FeedText.Construct(root.Child(K("title"))),
            Link = AtomLinks.Choose(links),
            Language = language,
            Authors = FeedPeople.Distinct(root.Children(K("author")).Select(a => FeedPeople.FromAtom(a, feedUrl))),
            Entries = root.Children(K("entry")).Select(e => ReadEntry(e, feedUrl, language)).ToList(),
        };
    }

    private static FeedEntry ReadEntry(XElement entry, Uri feedUrl, string? feedLanguage)
    {
        var links = AtomLinks.Read(entry, feedUrl);
        var authors = entry.Children(K("author")).Select(a => FeedPeople.FromAtom(a, feedUrl))
            .Concat(entry.Children("dc:creator").Select(c => FeedPeople.FromText(c.Value)));
        return new FeedEntry
        {
            Title = FeedText.Construct(entry.Child(K("title"))) ?? FeedText.Loose(entry.Child("dc:title", "media:title")),
            Link = AtomLinks.Choose(links),
            Links = links,
            Published = Date(entry.LastChild(K("published", "issued"))),
            Updated = Date(entry.LastChild(K("updated", "modified"))),
            Created = Date(entry.LastChild(K("created"))),
            Summary = Summaries.Choose(FeedText.Construct(entry.Child(K("summary"))), FeedText.Construct(entry.Child(K("content")))),
            Authors = FeedPeople.Distinct(authors),
            Categories = entry.Children(K("category")).Select(c => c.Attr("label") ?? c.Attr("term") ?? c.Text())
                .Concat(entry.Children("dc:subject").Select(s => s.Text()))
                .Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Language = entry.LangOf() ?? feedLanguage,
        };
    }

    // Atom elements are read whether the document puts them in an Atom namespace or in none.
    private static string[] K(params string[] locals) => [.. locals.SelectMany(l => new[] { "atom:" + l, l })];

    private static PublishedDate? Date(XElement? element) => DateText.Parse(element?.Value);
}
