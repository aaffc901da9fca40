using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Sources;

public sealed class SourcesFileTests
{
    [Theory]
    [InlineData("seeds/sources.json")]
    [InlineData("tests/corpus/week-2025-05-23.sources.json")]
    public void The_shipped_sources_files_load(string path)
    {
        var sources = SourcesFile.Load(Path.Combine(RepositoryRoot.Path, path));

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(s.Url.IsAbsoluteUri));
    }

    [Theory]
    [InlineData("""{"sources":[{"id":"a","type":"html","url":"https://example.org/"}]}""", "source 'a': an html source needs \"selectors\"")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"/feed/"}]}""", "source 'a': \"url\" must be an absolute http or https URL")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://example.org/","timeZone":"Mars/Olympus"}]}""", "'Mars/Olympus' is not a known IANA time zone")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://a.org/"},{"id":"A","type":"feed","url":"https://b.org/"}]}""", "source id 'a' is used 2 times")]
    [InlineData("""{"sources":[{"id":"a","type":"rss","url":"https://a.org/"}]}""", "source 'a': \"type\" 'rss' is not one of feed, html, wordPress, sitemap")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://a.org/","details":"sometimes"}]}""", "source 'a': \"details\" 'sometimes' is not one of auto, always, never")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://a.org/","kind":"press"}]}""", "source 'a': \"kind\" 'press' is not one of statement, report, news")]
    [InlineData("""{"sources":[{"id":"a","type":"html","url":"https://a.org/","selectors":{"item":"//div[@class='card'"}}]}""", "source 'a': selectors.item '//div[@class='card'' is not valid XPath")]
    [InlineData("""{"sources":[{"id":"a","type":"html","url":"https://a.org/","selectors":{"item":"//div","date":"./span[["}}]}""", "source 'a': selectors.date './span[[' is not valid XPath")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://a.org/","selector":{"item":"//div"}}]}""", "source 'a': unknown field \"selector\" (at $.sources[0].selector)")]
    [InlineData("""{"sources":[{"id":"a","type":"html","url":"https://a.org/","selectors":{"item":"//div","titel":"./a"}}]}""", "source 'a': unknown field \"selectors.titel\" (at $.sources[0].selectors.titel)")]
    [InlineData("""{"sorces":[],"sources":[]}""", "unknown field \"sorces\" (at $.sorces)")]
    [InlineData("""{"sources":[{"id":"a","type":"feed","url":"https://a.org/","exclude":["(unclosed"]}]}""", "'(unclosed' in include/exclude is not a valid regular expression")]
    public void Mistakes_are_named_with_the_source_and_the_field(string json, string expected)
    {
        var error = Assert.Throws<SourcesFileException>(() => SourcesFile.Parse(json, "sources.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("sources.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_the_setting_to_fix()
    {
        var error = Assert.Throws<SourcesFileException>(() => SourcesFile.Load("/nowhere/sources.json"));

        Assert.Contains("Bulletin:SourcesPath", error.Message, StringComparison.Ordinal);
    }
}
