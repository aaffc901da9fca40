using System.Text;
using Bulletin.Core.Extraction.Feeds;

namespace Bulletin.Tests.Extraction.Feeds;

public sealed class LenientFeedTests
{
    [Fact]
    public void NotWellFormedFeedStillYieldsEveryItem()
    {
        // Junk before the prolog, bare ampersands, HTML entities, an unclosed <br>, an unclosed title and item.
        var feed = FeedFixtures.Read("not-well-formed.xml");

        Assert.Equal("Rights & Justice Network", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("Q&A: detention of journalists in Yangon", feed.Items[0].Title);
        Assert.Equal(new Uri("https://rights.example.net/news?id=12&lang=en"), feed.Items[0].Url);
        Assert.Equal("Café owners detained without charge", feed.Items[0].Summary);
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 8, 0, 0, TimeSpan.FromHours(6.5)), feed.Items[0].Published!.Value.Instant);
        Assert.Equal("Joint statement — 40 organisations", feed.Items[1].Title);
        Assert.Equal("Unclosed item at the end", feed.Items[2].Title);
        Assert.Equal(new Uri("https://rights.example.net/news?id=14"), feed.Items[2].Url);
        Assert.Equal(new DateTimeOffset(2025, 5, 23, 7, 0, 0, TimeSpan.Zero), feed.Items[2].Published!.Value.Instant);
    }

    [Fact]
    public void WrongDeclaredEncodingFallsBackToWindows1252()
    {
        // Declared UTF-8, written in windows-1252 (0xE9 is "é", 0x92 a right single quote).
        var head = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>Caf");
        var tail = Encoding.ASCII.GetBytes(" owner s</title><link>https://a.example/1</link></item></channel></rss>");
        byte[] body = [.. head, 0xE9, 0x92, .. tail];

        var item = FeedReader.Read(body, "application/xml; charset=utf-8", new Uri("https://a.example/")).Items.Single();

        Assert.Equal("Café’ owner s", item.Title);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Sorry</p></body></html>")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"error\": \"rate limited\"}")]
    [InlineData("{ not json")]
    public void DocumentsThatAreNotFeedsAreRefusedWithAReason(string body)
    {
        var ex = Assert.Throws<FeedFormatException>(() => FeedReader.Read(Encoding.UTF8.GetBytes(body), "text/html", new Uri("https://a.example/")));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void FeedWrappedInHtmlJunkIsFound()
    {
        const string Body = "<html><body><pre><rss><channel><title>Wrapped</title><item><title>x</title><link>https://a.example/x</link></item></channel></rss></pre></body></html>";

        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(Body), "text/html", new Uri("https://a.example/"));

        Assert.Equal("Wrapped", feed.Title);
        Assert.Single(feed.Items);
    }

    [Theory]
    [InlineData(" xmlns:c=\"\"")] // an XML 1.1 un-declaration: an error in XML 1.0
    [InlineData(" xmlns:xmlns=\"urn:x\"")]
    [InlineData(" xmlns:xml=\"urn:x\"")]
    [InlineData(" xmlns:c=\"http://www.w3.org/2000/xmlns/\"")]
    [InlineData(" xmlns=\"http://www.w3.org/XML/1998/namespace\"")]
    public void ForbiddenNamespaceBindingsAreIgnoredAndTheFeedRead(string declaration)
    {
        var body = $"<rss version=\"2.0\"{declaration}><channel><title>x</title><item><title>y</title><c:note>z</c:note></item>"
            + "<item><title>linked</title><link>https://a.example/1</link></item></channel></rss>";

        var document = FeedReader.ReadDocument(body, new Uri("https://a.example/"));
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(body), "application/rss+xml", new Uri("https://a.example/"));

        Assert.Equal("x", document.Title);
        Assert.Equal(["y", "linked"], document.Entries.Select(e => e.Title));
        Assert.Equal(new Uri("https://a.example/1"), Assert.Single(feed.Items).Url);
    }
}
