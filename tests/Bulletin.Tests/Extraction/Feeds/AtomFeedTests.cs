using Bulletin.Core.Extraction.Feeds;

namespace Bulletin.Tests.Extraction.Feeds;

public sealed class AtomFeedTests
{
    private static Feed Read() => FeedFixtures.Read("atom10-base.xml", "application/atom+xml", "https://un.example.org/news/feed.atom");

    [Fact]
    public void FeedTitleIsPlainTextAndLinkIsTheAlternate()
    {
        var feed = Read();

        Assert.Equal("UN Myanmar updates", feed.Title);
        Assert.Equal(new Uri("https://un.example.org/news/"), feed.Link);
        Assert.Equal("en", feed.Language);
    }

    [Fact]
    public void RelativeLinksResolveAgainstNestedXmlBase()
    {
        var items = Read().Items;

        Assert.Equal(2, items.Count); // the entry without a link is skipped
        Assert.Equal(new Uri("https://un.example.org/en/story/2025/05/1163451"), items[0].Url);
        Assert.Equal(new Uri("https://un.example.org/news/report.pdf"), items[1].Url);
        Assert.Equal("application/pdf", items[1].MediaType);
    }

    [Fact]
    public void EntryFieldsAreRead()
    {
        var entry = Read().Items[0];

        Assert.Equal("Rohingya refugees: funding cuts threaten food rations", entry.Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 1, 15, 0, TimeSpan.Zero), entry.Published!.Value.Instant!.Value.ToUniversalTime());
        Assert.Equal(["Jane Reporter"], entry.Authors);
        Assert.Equal(["Humanitarian Aid"], entry.Labels);
        Assert.Equal("Rations cut to $6 a month.", entry.Summary);
        Assert.Equal("en", entry.Language);
    }

    [Fact]
    public void TextTitlesKeepAngleBracketsAndEntriesInheritFeedAuthors()
    {
        var entry = Read().Items[1];

        Assert.Equal("History of the <blink> tag", entry.Title);
        Assert.Equal(["UN News"], entry.Authors);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 12, 0, 0, TimeSpan.Zero), entry.Published!.Value.Instant);
    }
}
