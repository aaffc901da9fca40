using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Feeds;

public sealed class RssFeedTests
{
    [Fact]
    public void WordPressFeedYieldsItemsWithDatesAuthorsAndLabels()
    {
        var feed = FeedFixtures.Read("wordpress-rss2.xml");

        Assert.Equal("Assistance Association – News", feed.Title);
        Assert.Equal(new Uri("https://aid.example.org"), feed.Link);
        Assert.Equal("en-US", feed.Language);
        Assert.Equal(2, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal(new Uri("https://aid.example.org/2025/05/22/statement-sagaing/"), first.Url);
        Assert.Equal("Statement on the airstrike in Sagaing “must stop”", first.Title);
        Assert.Equal(DatePrecision.Instant, first.Published!.Value.Precision);
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 12, 0, 0, TimeSpan.Zero), first.Published.Value.Instant!.Value.ToUniversalTime());
        Assert.Equal(["Press Office"], first.Authors);
        Assert.Equal(["Press Statement", "Sagaing"], first.Labels);
        Assert.Equal("en-US", first.Language);
        Assert.StartsWith("The Association condemns the airstrike on a school in Sagaing Region…", first.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<", first.Summary, StringComparison.Ordinal);
        Assert.Null(first.MediaType);
    }

    [Fact]
    public void EmptyDescriptionFallsBackToContentEncodedAsPlainText()
    {
        var second = FeedFixtures.Read("wordpress-rss2.xml").Items[1];

        Assert.Equal("Weekly update on detentions", second.Title);
        Assert.Equal("Detentions As of 20 May, 22,000 people remain detained.", second.Summary);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 2, 0, 0, TimeSpan.Zero), second.Published!.Value.Resolve(TimeZoneInfo.Utc).ToUniversalTime());
    }

    [Fact]
    public void Windows1252DeclaredOnlyInThePrologKeepsCurlyQuotes()
    {
        var bytes = FeedFixtures.Bytes("windows-1252.xml");
        Assert.Contains((byte)0x93, bytes);

        // The server says nothing about the charset; only the XML prolog does.
        var feed = FeedFixtures.Read("windows-1252.xml", contentType: "text/xml");

        Assert.Equal("Embassy news – Yangon", feed.Title);
        Assert.Equal("Ambassador’s statement: “We call for restraint”", feed.Items[0].Title);
        Assert.Equal("Café meeting … résumé", feed.Items[0].Summary);
    }

    [Fact]
    public void Rss10ItemsBesideTheChannelAreRead()
    {
        var feed = FeedFixtures.Read("rss10-rdf.xml", url: "https://ministry.example.gov/rss");

        Assert.Equal("Ministry of Foreign Affairs", feed.Title);
        Assert.Equal("en", feed.Language);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(["Press Section"], feed.Items[0].Authors);
        Assert.Equal(["Humanitarian"], feed.Items[0].Labels);
        Assert.Equal(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.FromHours(6.5)), feed.Items[0].Published!.Value.Instant);

        // A relative link resolves against the feed's URL; a bare date stays a date.
        Assert.Equal(new Uri("https://ministry.example.gov/press/2025-102"), feed.Items[1].Url);
        Assert.Equal(DatePrecision.Date, feed.Items[1].Published!.Value.Precision);
        Assert.Equal("my", feed.Items[1].Language);
    }

    [Fact]
    public void PdfEnclosuresAndPdfLinksCarryTheirMediaType()
    {
        var items = FeedFixtures.Read("pdf-enclosure.xml").Items;

        Assert.Equal(3, items.Count);
        Assert.Equal(new Uri("https://coalition.example.org/files/briefing-may.pdf"), items[0].Url);
        Assert.Equal("application/pdf", items[0].MediaType);
        Assert.Equal("application/pdf", items[1].MediaType);

        // The page is the lead; a podcast enclosure beside it does not make the page audio.
        Assert.Equal(new Uri("https://coalition.example.org/news/press-conference"), items[2].Url);
        Assert.Null(items[2].MediaType);
    }

    [Theory]
    [InlineData("Thu, 22 May 2025 18:30:00 +0630", "2025-05-22T12:00:00Z")]
    [InlineData("Thu, 22 May 2025 18:30:00 +0700", "2025-05-22T11:30:00Z")]
    [InlineData("22 May 2025 04:30 GMT", "2025-05-22T04:30:00Z")]
    public void Rfc822DatesKeepTheirOffsets(string pubDate, string utc)
    {
        var xml = $"<rss><channel><item><link>https://a.example/1</link><pubDate>{pubDate}</pubDate></item></channel></rss>";

        var item = Bulletin.Core.Extraction.Feeds.FeedReader.Read(System.Text.Encoding.UTF8.GetBytes(xml), null, new Uri("https://a.example/feed")).Items.Single();

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), item.Published!.Value.Instant);
    }

    [Fact]
    public void GuidIsALinkOnlyWhenItIsAPermalink()
    {
        const string Xml = """
            <rss version="2.0"><channel>
            <item><title>a</title><guid>https://a.example/permalink</guid></item>
            <item><title>b</title><guid isPermaLink="false">https://a.example/not-a-link</guid></item>
            <item><title>c</title><guid>post-17</guid></item>
            </channel></rss>
            """;

        var items = Bulletin.Core.Extraction.Feeds.FeedReader.Read(System.Text.Encoding.UTF8.GetBytes(Xml), null, new Uri("https://a.example/feed")).Items;

        Assert.Equal(new Uri("https://a.example/permalink"), Assert.Single(items).Url);
    }
}
