using Bulletin.Core.Deduplication;

namespace Bulletin.Tests.Deduplication;

public sealed class UrlKeyTests
{
    [Theory]
    [InlineData("https://example.org/a/b/", "http://example.org/a/b")]
    [InlineData("http://www.example.org/a/b/?utm_source=digest&utm_medium=rss", "https://example.org/a/b/")]
    [InlineData("http://example.org:80/a/?fbclid=x", "http://example.org/a")]
    [InlineData("http://example.org/a/b/amp/", "http://example.org/a/b/")]
    [InlineData("http://example.org/a/b/#comments", "http://example.org/a/b/")]
    [InlineData("http://example.org/my/%e1%80%95/", "http://example.org/my/%E1%80%95")]
    [InlineData("http://example.org/news/?page=1&country=myanmar", "http://example.org/news/?country=myanmar&page=1")]
    public void Copies_of_one_item_share_a_key(string a, string b) =>
        Assert.Equal(UrlKey.For(new Uri(a)), UrlKey.For(new Uri(b)));

    [Theory]
    [InlineData("http://example.org/a/", "http://example.org/b/")]
    [InlineData("http://example.org:8080/a/", "http://example.org:8081/a/")]
    [InlineData("http://example.org/news/?page=1", "http://example.org/news/?page=2")]
    public void Different_items_keep_different_keys(string a, string b) =>
        Assert.NotEqual(UrlKey.For(new Uri(a)), UrlKey.For(new Uri(b)));
}
