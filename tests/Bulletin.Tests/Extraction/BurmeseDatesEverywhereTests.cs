using System.Text;
using Bulletin.Core.Extraction.Feeds;
using Bulletin.Core.Extraction.Listings;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Sources;

namespace Bulletin.Tests.Extraction;

/// <summary>
/// Burmese month-name dates with Burmese digits and separators ("နိုဝင်ဘာ ၅၊ ၂၀၂၄",
/// "နိုဝင်ဘာလ ၁၃ ရက်၊ ၂၀၂၂", "၁၁.၁၀.၂၀၂၃", "အင်္ဂါနေ့၊ …") read wherever a date is read: an item's
/// page, a listing's date cell, and a feed whose dates are text.
/// </summary>
public sealed class BurmeseDatesEverywhereTests
{
    public static TheoryData<string, string> Dates() => new()
    {
        { "နိုဝင်ဘာ ၅၊ ၂၀၂၄", "2024-11-05" },
        { "အောက်တိုဘာ ၁၀၊ ၂၀၂၃", "2023-10-10" },
        { "နိုဝင်ဘာလ ၁၃ ရက်၊ ၂၀၂၂", "2022-11-13" },
        { "၁၁.၁၀.၂၀၂၃", "2023-10-11" },
        { "အင်္ဂါနေ့၊ နိုဝင်ဘာ ၅၊ ၂၀၂၄", "2024-11-05" },
        { "၂၀၂၃ ခုနှစ်၊ အောက်တိုဘာလ ၁၀ ရက်", "2023-10-10" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void An_item_page_reads_it_under_the_headline(string written, string expected)
    {
        var facts = PageReader.Read(
            $"""
            <html lang="my"><head><title>ထုတ်ပြန်ချက်</title></head><body>
            <article><h1>စစ်ဘေးရှောင်စခန်း တိုက်ခိုက်မှုကို ရှုတ်ချကြောင်း ထုတ်ပြန်ချက်</h1><p>{written}</p>
            <p>စစ်ကောင်စီသည် ကျေးရွာများ၊ ကျောင်းများနှင့် စစ်ဘေးရှောင်စခန်းများကို ထပ်ခါထပ်ခါ လေကြောင်းတိုက်ခိုက်နေသဖြင့် ပြင်းထန်စွာ ရှုတ်ချအပ်ပါသည်။</p></article>
            </body></html>
            """,
            new Uri("https://burmese-only.example/news/123"),
            DateTimeOffset.Parse("2025-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, facts.Published?.Value.ToString());
        Assert.Equal("date line", facts.Published?.From);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_listing_date_cell_reads_it(string written, string expected)
    {
        var selectors = new SourceSelectors { Item = "//ul[@class='posts']/li", Link = "./a/@href", Title = "./a", Date = "./span[@class='when']" };

        var page = ListingReader.Read(
            $"""<html><body><ul class="posts"><li><a href="/news/1">ထုတ်ပြန်ချက်</a> <span class="when">{written}</span></li></ul></body></html>""",
            new Uri("https://burmese-only.example/news/"),
            selectors);

        Assert.Equal(expected, Assert.Single(page.Leads).Published?.ToString());
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_feed_whose_dates_are_text_reads_it(string written, string expected)
    {
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>သတင်း</title><link>https://burmese-only.example/</link>
            <item><title>ထုတ်ပြန်ချက်</title><link>https://burmese-only.example/news/1</link><pubDate>{written}</pubDate></item>
            </channel></rss>
            """;

        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(rss), "application/rss+xml; charset=utf-8", new Uri("https://burmese-only.example/feed"));

        Assert.Equal(expected, Assert.Single(feed.Items).Published?.ToString());
    }
}
