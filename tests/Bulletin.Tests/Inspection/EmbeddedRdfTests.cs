using System.Text;
using Bulletin.Core.Inspection;

namespace Bulletin.Tests.Inspection;

/// <summary>An HTML page that embeds RDF (a trackback or licence block) is a page, not an RSS 1.0 feed.</summary>
public sealed class EmbeddedRdfTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Statement on the blockade | Hill Peoples Rights Network</title>
        <meta property="og:site_name" content="Hill Peoples Rights Network"></head>
        <body><article><h1>Statement on the blockade</h1><p class="date">14 March 2024</p>
        <!--
        -->
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">
        <rdf:Description rdf:about="https://hillrights.example/statements/blockade" dc:identifier="https://hillrights.example/statements/blockade" dc:title="Statement on the blockade" trackback:ping="https://hillrights.example/statements/blockade/trackback" />
        </rdf:RDF>
        <p>The blockade of food and medicine to the townships must end, and humanitarian agencies must be allowed to reach the people who need them.</p>
        </article></body></html>
        """;

    [Fact]
    public void Is_read_as_a_page_with_its_title_and_date()
    {
        var page = Assert.IsType<InspectedPage>(InspectionFixtures.Documents.Inspect("blockade.html", Encoding.UTF8.GetBytes(Page), "text/html; charset=utf-8", new Uri("https://hillrights.example/statements/blockade")));

        Assert.Equal("Statement on the blockade", page.Facts.Title?.Value);
        Assert.Equal("2024-03-14", page.Facts.Published?.Value.ToString());
    }

    [Fact]
    public void An_rss_1_0_feed_is_still_a_feed()
    {
        const string rss10 = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://hillrights.example/"><title>Statements</title><link>https://hillrights.example/</link></channel>
            <item rdf:about="https://hillrights.example/statements/blockade"><title>Statement on the blockade</title><link>https://hillrights.example/statements/blockade</link><dc:date>2024-03-14</dc:date></item>
            </rdf:RDF>
            """;

        var feed = Assert.IsType<InspectedFeed>(InspectionFixtures.Documents.Inspect("rss10.rdf", Encoding.UTF8.GetBytes(rss10), "application/rdf+xml", new Uri("https://hillrights.example/feed.rdf")));

        Assert.Equal("rss10", feed.Format);
        Assert.Equal("Statement on the blockade", Assert.Single(feed.Items).Title);
    }
}
