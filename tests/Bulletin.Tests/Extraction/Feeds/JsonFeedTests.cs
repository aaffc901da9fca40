using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction.Feeds;

public sealed class JsonFeedTests
{
    [Fact]
    public void JsonFeedWithBurmeseTitlesIsRead()
    {
        var feed = FeedFixtures.Read("jsonfeed-11.json", "application/feed+json", "https://nug.example.org/feed.json");

        Assert.Equal("အမျိုးသားညီညွတ်ရေးအစိုးရ", feed.Title);
        Assert.Equal(new Uri("https://nug.example.org/"), feed.Link);
        Assert.Equal("my", feed.Language);
        Assert.Equal(2, feed.Items.Count); // the item without url or external_url is skipped

        var statement = feed.Items[0];
        Assert.Equal("ထုတ်ပြန်ချက် အမှတ် ၁၂/၂၀၂၅", statement.Title);
        Assert.Equal(new Uri("https://nug.example.org/statements/101"), statement.Url);
        Assert.Equal(PublishedDate.Exact(new DateTimeOffset(2025, 5, 22, 4, 30, 0, TimeSpan.Zero)), statement.Published);
        Assert.Equal("လူ့အခွင့်အရေး ချိုးဖောက်မှုများ", statement.Summary);
        Assert.Equal(["Statement", "Human Rights"], statement.Labels);
        Assert.Equal(["Ministry of Human Rights"], statement.Authors);
        Assert.Equal("my", statement.Language);
    }

    [Fact]
    public void ExternalUrlResolvesAndItemFieldsOverrideTheFeed()
    {
        var report = FeedFixtures.Read("jsonfeed-11.json", "application/feed+json", "https://nug.example.org/feed.json").Items[1];

        Assert.Equal(new Uri("https://nug.example.org/reports/annual-2025.pdf"), report.Url);
        Assert.Equal("application/pdf", report.MediaType);
        Assert.Equal(["Research Unit"], report.Authors);
        Assert.Equal("en", report.Language);
        Assert.Equal("The ministry's annual report.", report.Summary);
    }
}
