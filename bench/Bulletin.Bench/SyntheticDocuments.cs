namespace Bulletin.Bench;

/// <summary>One document to parse, as it would arrive over HTTP.</summary>
internal sealed record ParseInput(byte[] Body, string? ContentType, Uri Url, int ExpectedItems);

/// <summary>
/// The parsing benchmark's inputs: feeds of 20–50 items in each format and statement pages of
/// 20–80 KB, a quarter in Burmese and a third joint statements with signatories.
/// </summary>
internal static class SyntheticDocuments
{
    public static IReadOnlyList<ParseInput> Feeds(FeedFormat format, int count)
    {
        var inputs = new List<ParseInput>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new SyntheticText(1000 + i);
            var publisher = Publisher(i);
            var feedUrl = new Uri(publisher.Home, format == FeedFormat.JsonFeed ? "feed.json" : "feed/");
            var items = Items(publisher, text, text.Next(20, 51), new DateTimeOffset(2025, 5, 23, 12, 0, 0, TimeSpan.FromHours(6.5)));
            inputs.Add(new ParseInput(SyntheticFeeds.Render(format, publisher, feedUrl, items, text), SyntheticFeeds.ContentType(format), feedUrl, items.Count));
        }

        return inputs;
    }

    public static IReadOnlyList<ParseInput> Pages(int count)
    {
        var inputs = new List<ParseInput>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new SyntheticText(5000 + i);
            var publisher = Publisher(i);
            var item = Items(publisher, text, 1, new DateTimeOffset(2025, 5, 20, 9, 30, 0, TimeSpan.FromHours(6.5)))[0];
            var body = SyntheticPages.Statement(publisher, item, text.Next(20 * 1024, 80 * 1024), joint: i % 3 == 0, text);
            inputs.Add(new ParseInput(body, SyntheticPages.ContentType, item.Url, 1));
        }

        return inputs;
    }

    /// <summary>Items newest first, a few hours apart, ending at <paramref name="newest"/>.</summary>
    public static IReadOnlyList<SyntheticItem> Items(SyntheticPublisher publisher, SyntheticText text, int count, DateTimeOffset newest)
    {
        var items = new List<SyntheticItem>(count);
        for (var k = 0; k < count; k++)
        {
            var published = newest.AddHours(-7 * k).AddMinutes(-text.Next(0, 50));
            var url = new Uri(publisher.Home, $"{published:yyyy/MM/dd}/statement-{k + 1}/");
            items.Add(new SyntheticItem(text.Title(publisher.Language), url, published, text.Sentence(publisher.Language), publisher.Language));
        }

        return items;
    }

    private static SyntheticPublisher Publisher(int i) =>
        new($"{new SyntheticText(i).Organisation()}", new Uri($"https://site-{i}.example.org/"), i % 4 == 3 ? "my" : "en");
}
