using Bulletin.Core.Fetching;

namespace Bulletin.Tests.Fetching;

public sealed class RobotsFileTests
{
    private const string Agent = "Bulletin";

    [Theory]
    [InlineData("/news/statement", true)]
    [InlineData("/admin/login", false)]
    [InlineData("/admin/public/report", true)]   // longer Allow beats shorter Disallow
    [InlineData("/search?q=myanmar", false)]     // '*' spans the query
    [InlineData("/files/report.pdf", false)]     // '$' anchors the end
    [InlineData("/files/report.pdf.html", true)]
    [InlineData("/robots.txt", true)]
    public void Longest_matching_rule_decides(string path, bool allowed)
    {
        var robots = RobotsFile.Parse("""
            # comment
            User-agent: *
            Disallow: /admin/
            Allow: /admin/public/
            Disallow: /*?q=
            Disallow: /*.pdf$
            Disallow: /robots.txt
            """);

        Assert.Equal(allowed, robots.IsAllowed(Agent, path));
    }

    [Fact]
    public void Allow_wins_a_tie()
    {
        var robots = RobotsFile.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n");

        Assert.True(robots.IsAllowed(Agent, "/page"));
    }

    [Fact]
    public void Our_own_group_replaces_the_star_group()
    {
        var robots = RobotsFile.Parse("""
            User-agent: *
            Disallow: /

            User-agent: OtherBot
            User-agent: bulletin
            Disallow: /drafts/
            Crawl-delay: 2.5

            User-agent: Bulletin/1.0
            Disallow: /tmp/
            """);

        Assert.True(robots.IsAllowed(Agent, "/news/"));
        Assert.False(robots.IsAllowed(Agent, "/drafts/one"));
        Assert.False(robots.IsAllowed(Agent, "/tmp/x"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.CrawlDelay(Agent));
        Assert.False(robots.IsAllowed("SomeoneElse", "/news/"));
    }

    [Fact]
    public void Star_group_applies_when_no_group_names_us()
    {
        var robots = RobotsFile.Parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private\nCrawl-delay: 5\n");

        Assert.True(robots.IsAllowed(Agent, "/"));
        Assert.False(robots.IsAllowed(Agent, "/private/x"));
        Assert.Equal(TimeSpan.FromSeconds(5), robots.CrawlDelay(Agent));
    }

    [Fact]
    public void Empty_disallow_and_missing_groups_allow_everything()
    {
        Assert.True(RobotsFile.Parse("User-agent: *\nDisallow:\n").IsAllowed(Agent, "/x"));
        Assert.True(RobotsFile.Parse("Sitemap: https://example.org/sitemap.xml\n").IsAllowed(Agent, "/x"));
        Assert.True(RobotsFile.AllowAll.IsAllowed(Agent, "/x"));
        Assert.Null(RobotsFile.AllowAll.CrawlDelay(Agent));
    }

    [Fact]
    public void Matches_non_ascii_paths_in_their_encoded_form()
    {
        var robots = RobotsFile.Parse("User-agent: *\r\nDisallow: /သတင်း/\r\n");

        Assert.False(robots.IsAllowed(Agent, new Uri("https://example.org/သတင်း/1")));
        Assert.True(robots.IsAllowed(Agent, new Uri("https://example.org/news/1")));
    }
}
