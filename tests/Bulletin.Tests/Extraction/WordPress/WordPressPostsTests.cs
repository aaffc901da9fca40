using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.WordPress;

namespace Bulletin.Tests.Extraction.WordPress;

public sealed class WordPressPostsTests
{
    private static readonly Uri Endpoint = new("https://coalition.example.org/wp-json/wp/v2/posts");
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    [Fact]
    public void Reads_links_titles_summaries_labels_and_language()
    {
        var leads = WordPressPosts.Read(Fixture("posts.json"), Endpoint);

        Assert.Equal(3, leads.Count);
        var first = leads[0];
        Assert.Equal(new Uri("https://coalition.example.org/en/2025/05/22/statement-on-the-school-airstrike/"), first.Url);
        Assert.Equal("Statement on the junta’s school airstrike & its aftermath", first.Title);
        Assert.Equal("The coalition condemns the airstrike. It calls on ASEAN to act.", first.Summary);
        Assert.Equal(["5", "12"], first.Labels);
        Assert.Equal("en", first.Language);
        Assert.Equal(["Press & Media Team"], first.Authors);
        Assert.Equal("ထုတ်ပြန်ချက်", leads[1].Title);
        Assert.Null(leads[1].Summary);
        Assert.Equal("my", leads[1].Language);
        Assert.Equal("en", leads[2].Language);
    }

    [Fact]
    public void Date_gmt_is_read_as_utc()
    {
        var published = WordPressPosts.Read(Fixture("posts.json"), Endpoint)[0].Published;

        Assert.Equal(DatePrecision.Instant, published?.Precision);
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 11, 30, 0, TimeSpan.Zero), published!.Value.Instant);
        Assert.Equal(new DateTimeOffset(2025, 5, 22, 18, 0, 0, TimeSpan.FromHours(6.5)), published.Value.Resolve(Yangon));
    }

    [Fact]
    public void Without_a_usable_date_gmt_the_date_stays_site_local()
    {
        var leads = WordPressPosts.Read(Fixture("posts.json"), Endpoint);

        foreach (var (lead, local) in new[] { (leads[1], new DateTime(2025, 5, 21, 9, 30, 0)), (leads[2], new DateTime(2025, 5, 20, 7, 15, 0)) })
        {
            Assert.Equal(DatePrecision.LocalTime, lead.Published?.Precision);
            Assert.Equal(local, lead.Published!.Value.LocalTime);

            // Site-local in Yangon is 6.5 hours ahead of UTC, never UTC itself.
            Assert.Equal(local.AddHours(-6.5), lead.Published.Value.Resolve(Yangon).UtcDateTime);
        }
    }

    [Fact]
    public void Error_answer_throws_with_code_and_message()
    {
        var error = Assert.Throws<WordPressApiException>(() => WordPressPosts.Read(Fixture("error-invalid-page.json"), Endpoint));

        Assert.Equal("rest_post_invalid_page_number", error.Code);
        Assert.Equal(400, error.Status);
        Assert.Contains("rest_post_invalid_page_number", error.Message);
        Assert.Contains("larger than the number of pages", error.Message);
    }

    [Theory]
    [InlineData("{\"posts\": []}")]
    [InlineData("\"hello\"")]
    public void Json_that_is_not_posts_is_refused(string json) =>
        Assert.Throws<FormatException>(() => WordPressPosts.Read(json, Endpoint));

    [Fact]
    public void Empty_page_reads_as_no_leads() => Assert.Empty(WordPressPosts.Read("[]", Endpoint));

    [Fact]
    public void Relative_links_resolve_against_the_endpoint()
    {
        var leads = WordPressPosts.Read("""[{"link": "/2025/05/22/a/", "title": {"rendered": "A"}}]""", Endpoint);

        Assert.Equal(new Uri("https://coalition.example.org/2025/05/22/a/"), leads.Single().Url);
    }

    [Fact]
    public void Page_url_carries_paging_after_in_utc_and_categories()
    {
        var after = new DateTimeOffset(2025, 5, 19, 0, 0, 0, TimeSpan.FromHours(6.5));

        var url = WordPressPosts.PageUrl(Endpoint, 2, 50, after, [5, 12]);

        Assert.Equal(
            "https://coalition.example.org/wp-json/wp/v2/posts?page=2&per_page=50&after=2025-05-18T17%3A30%3A00Z&categories=5%2C12",
            url.AbsoluteUri);
    }

    [Fact]
    public void Page_url_keeps_an_existing_query_and_omits_empty_filters()
    {
        var endpoint = new Uri("https://site.example.org/?rest_route=/wp/v2/posts");

        var url = WordPressPosts.PageUrl(endpoint, 1, 100, null, []);

        Assert.Equal("https://site.example.org/?rest_route=/wp/v2/posts&page=1&per_page=100", url.AbsoluteUri);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public void Page_url_refuses_out_of_range_paging(int page, int perPage) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WordPressPosts.PageUrl(Endpoint, page, perPage, null, []));

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WordPress", name));
}
