using System.Globalization;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Listings;
using Bulletin.Core.Sources;

namespace Bulletin.Tests.Extraction.Listings;

public sealed class ListingReaderTests
{
    private static readonly SourceSelectors Cards = new()
    {
        Item = "//div[@class='view-content']/div[@class='views-row']",
        Link = ".//h2[@class='rn-teaser__title']/a/@href",
        Title = ".//h2[@class='rn-teaser__title']/a",
        Date = ".//time/@datetime",
        Label = ".//span[@class='rn-teaser__kind']",
        Next = "//li[@class='pager__item--next']/a/@href",
    };

    private static string Fixture(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Listings", file));

    [Fact]
    public void Attribute_selectors_give_links_dates_labels_and_the_next_page()
    {
        var page = ListingReader.Read(Fixture("cards.html"), new Uri("https://rights-now.example/news/?country=myanmar"), Cards);

        Assert.Equal(4, page.ItemNodesMatched);
        var first = page.Leads[0];
        Assert.Equal(new Uri("https://rights-now.example/news/2025-05-22-fuel-embargo/"), first.Url);
        Assert.Equal("Malaysia: Impose a Fuel Embargo & Act", first.Title);
        Assert.Equal(DateTimeOffset.Parse("2025-05-22T09:00:00+07:00", CultureInfo.InvariantCulture), first.Published?.Instant);
        Assert.Equal(["Press Release"], first.Labels);
        Assert.Null(first.MediaType);
        Assert.Equal(new Uri("https://rights-now.example/news/?country=myanmar&page=1"), page.Next);
    }

    [Fact]
    public void Pdf_links_are_marked_fragment_links_skipped_and_relative_links_resolved()
    {
        var page = ListingReader.Read(Fixture("cards.html"), new Uri("https://rights-now.example/news/?country=myanmar"), Cards);

        Assert.Equal(3, page.Leads.Count);
        Assert.Equal("application/pdf", page.Leads[1].MediaType);
        Assert.Equal(["Report"], page.Leads[1].Labels);
        Assert.Equal(new Uri("https://rights-now.example/news/news/2025-05-18-relative/"), page.Leads[2].Url);
        Assert.Null(page.Leads[2].Published);
    }

    [Fact]
    public void Text_dates_in_english_and_burmese_and_a_link_rel_next_in_the_head()
    {
        var selectors = new SourceSelectors
        {
            Item = "//div[@class='ng-cards']/div[@class='ng-card']",
            Link = "./a[@class='ng-card-link']/@href",
            Title = ".//span[@class='ng-card-title']",
            Date = "./span[@class='ng-card-date']",
        };

        var page = ListingReader.Read(Fixture("text-dates.html"), new Uri("https://nug.example/my/topic/statements-my/"), selectors);

        Assert.Equal(3, page.ItemNodesMatched);
        Assert.Equal(2, page.Leads.Count);
        Assert.Equal(PublishedDate.DateOnly(new DateOnly(2025, 5, 24)), page.Leads[0].Published);
        Assert.Equal("ကျောင်းများ လုံခြုံရေးဆိုင်ရာ ထုတ်ပြန်ချက်", page.Leads[0].Title);
        Assert.Equal(PublishedDate.DateOnly(new DateOnly(2025, 5, 18)), page.Leads[1].Published);
        Assert.Equal(new Uri("https://nug.example/my/topic/statements-my/page/2/"), page.Next);
    }

    [Fact]
    public void Listing_without_dates_or_link_selector_uses_the_first_link_and_base_href()
    {
        var selectors = new SourceSelectors { Item = "//ul[@class='whatsnew']/li" };

        var page = ListingReader.Read(Fixture("no-dates.html"), new Uri("http://river-watch.example/english/whatsnew.html"), selectors);

        Assert.Equal(3, page.ItemNodesMatched);
        Assert.Equal(
            [new Uri("http://river-watch.example/english/whatsnew/2025/0522.html"), new Uri("http://river-watch.example/english/event/20250607_seminar.html")],
            page.Leads.Select(l => l.Url));
        Assert.Equal("Stop arms transfers to the Myanmar military", page.Leads[0].Title);
        Assert.All(page.Leads, l => Assert.Null(l.Published));
        Assert.Equal(new Uri("http://river-watch.example/english/whatsnew2.html"), page.Next);
    }

    [Fact]
    public void Selectors_from_before_a_redesign_match_nothing_and_say_so()
    {
        var stale = Cards with { Item = "//div[contains(@class,'view-content')]/div[contains(@class,'news-row')]" };

        var page = ListingReader.Read(Fixture("cards.html"), new Uri("https://rights-now.example/news/"), stale);

        Assert.Equal(0, page.ItemNodesMatched);
        Assert.Empty(page.Leads);
    }

    [Fact]
    public void Invalid_xpath_names_the_selector()
    {
        var broken = Cards with { Item = "//div[@class=" };

        var error = Assert.Throws<ArgumentException>(() => ListingReader.Read(Fixture("cards.html"), new Uri("https://rights-now.example/news/"), broken));

        Assert.Contains("//div[@class=", error.Message, StringComparison.Ordinal);
    }
}
