using Bulletin.Core.Selection;

namespace Bulletin.Bench;

/// <summary>
/// One organisation's site for the sweep: a feed (RSS, Atom or JSON Feed by turns) listing
/// <see cref="ItemsInWindow"/> statements inside the week and two older ones, and each statement's page.
/// </summary>
internal sealed class SyntheticSite
{
    public const int ItemsInWindow = 10;
    private const int OlderItems = 2;

    private readonly Dictionary<string, (SyntheticItem Item, int Seed)> pages = new(StringComparer.Ordinal);

    public SyntheticSite(int index, Uri home, Window window)
    {
        Index = index;
        var text = new SyntheticText(index);
        Format = (FeedFormat)(index % 3);
        Publisher = new SyntheticPublisher(text.Organisation(), home, index % 4 == 3 ? "my" : "en");
        FeedUrl = new Uri(home, Format == FeedFormat.JsonFeed ? "feed.json" : "feed/");

        // Fifteen hours apart from three hours before the week ends: all ten fall inside the week.
        var zone = TimeSpan.FromHours(6.5);
        var newest = window.End.ToOffset(zone).AddHours(-3 - (index % 5));
        var items = new List<SyntheticItem>();
        for (var k = 0; k < ItemsInWindow + OlderItems; k++)
        {
            var published = k < ItemsInWindow ? newest.AddHours(-15 * k) : window.Start.ToOffset(zone).AddDays(-3 - k);
            var url = new Uri(home, $"{published:yyyy/MM/dd}/statement-{index}-{k + 1}/");
            var item = new SyntheticItem(text.Title(Publisher.Language), url, published, text.Sentence(Publisher.Language), Publisher.Language);
            items.Add(item);
            pages[url.AbsolutePath] = (item, (index * 100) + k);
        }

        Feed = SyntheticFeeds.Render(Format, Publisher, FeedUrl, items, text);
    }

    public int Index { get; }

    public SyntheticPublisher Publisher { get; }

    public FeedFormat Format { get; }

    public Uri FeedUrl { get; }

    /// <summary>The feed, rendered once as a real site's cache would hold it.</summary>
    public byte[] Feed { get; }

    /// <summary>A statement's page, rendered on request so the server does not hold every page in memory.</summary>
    public byte[]? Page(string path)
    {
        if (!pages.TryGetValue(path, out var page))
        {
            return null;
        }

        var text = new SyntheticText(page.Seed);
        return SyntheticPages.Statement(Publisher, page.Item, text.Next(20 * 1024, 80 * 1024), joint: page.Seed % 3 == 0, text);
    }
}
