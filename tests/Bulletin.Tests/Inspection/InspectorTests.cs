using System.Text;
using Bulletin.Core.Inspection;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Inspection;

/// <summary>The inspector with the real pipeline's fetcher, against files and a loopback server.</summary>
public sealed class InspectorTests
{
    private static readonly InspectionOptions Defaults = new();

    [Fact]
    public async Task A_urls_http_charset_decodes_a_feed_that_declares_none()
    {
        var body = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><title>Caf\u00e9 r\u00e9sum\u00e9</title><item><title>Item</title><link>/a</link></item></channel></rss>");
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/rss+xml; charset=iso-8859-1";
            await context.Response.Body.WriteAsync(body);
        });
        await using var pipeline = TestPipeline.Create();
        var inspector = ActivatorUtilities.CreateInstance<Inspector>(pipeline.Services);

        var feed = Assert.IsType<InspectedFeed>(await inspector.InspectAsync(server.Url("feed").AbsoluteUri, Defaults, CancellationToken.None));

        Assert.Equal("Caf\u00e9 r\u00e9sum\u00e9", feed.Title);
        Assert.Equal(server.Url("a"), feed.Items[0].Link);
        Assert.Equal("application/rss+xml; charset=iso-8859-1", feed.ContentType);
    }

    [Fact]
    public async Task A_feeds_relative_links_resolve_against_its_Content_Location()
    {
        var body = """<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><author><name>Desk</name><uri>desk</uri></author><entry><title>Statement</title><link href="statement-1"/></entry></feed>"""u8.ToArray();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/atom+xml; charset=utf-8";
            context.Response.Headers.ContentLocation = "https://www.example.org/news/atom.xml";
            await context.Response.Body.WriteAsync(body);
        });
        await using var pipeline = TestPipeline.Create();
        var inspector = ActivatorUtilities.CreateInstance<Inspector>(pipeline.Services);

        var feed = Assert.IsType<InspectedFeed>(await inspector.InspectAsync(server.Url("feed").AbsoluteUri, Defaults, CancellationToken.None));

        Assert.Equal(new Uri("https://www.example.org/news/statement-1"), feed.Items[0].Link);
        Assert.Equal(new Uri("https://www.example.org/news/desk"), feed.Authors[0].Url);
        Assert.Equal(server.Url("feed"), feed.Url); // the document is still the one fetched
    }

    [Fact]
    public async Task A_url_that_fails_is_a_fetch_error_with_the_status()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await using var pipeline = TestPipeline.Create();
        var inspector = ActivatorUtilities.CreateInstance<Inspector>(pipeline.Services);

        var error = Assert.IsType<InspectionError>(await inspector.InspectAsync(server.Url("gone").AbsoluteUri, Defaults, CancellationToken.None));

        Assert.Equal(InspectionFailure.Fetch, error.Failure);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_come_in_input_order_and_bad_inputs_are_errors()
    {
        await using var pipeline = TestPipeline.Create();
        var inspector = ActivatorUtilities.CreateInstance<Inspector>(pipeline.Services);
        var empty = Directory.CreateTempSubdirectory("bulletin-inspect-empty-").FullName;
        var inputs = new[] { InspectionFixtures.PathOf("statement.html"), "/no/such/file.xml", "ftp://example.org/feed.xml", empty, InspectionFixtures.PathOf("rss-burmese.xml") };

        var answers = new List<Inspected>();
        await foreach (var answer in inspector.InspectAllAsync(InspectionInputs.Expand(inputs), new InspectionOptions { Concurrency = 2 }, CancellationToken.None))
        {
            answers.Add(answer);
        }

        Assert.Equal(inputs, answers.Select(a => a.Input));
        Assert.IsType<InspectedPage>(answers[0]);
        Assert.All(answers.Skip(1).Take(3), a => Assert.Equal(InspectionFailure.Input, Assert.IsType<InspectionError>(a).Failure));
        Assert.IsType<InspectedFeed>(answers[4]);
    }

    [Fact]
    public void A_directory_means_every_file_under_it_sorted()
    {
        var root = Directory.CreateTempSubdirectory("bulletin-inspect-dir-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "b"));
        foreach (var name in new[] { "c.xml", Path.Combine("b", "z.html"), "a.json" })
        {
            File.WriteAllText(Path.Combine(root, name), "x");
        }

        var inputs = InspectionInputs.Expand(["first.xml", root, "https://example.org/feed"]).ToList();

        Assert.Equal(["first.xml", Path.Combine(root, "a.json"), Path.Combine(root, "b", "z.html"), Path.Combine(root, "c.xml"), "https://example.org/feed"], inputs);
    }

    [Fact]
    public async Task A_base_url_reads_a_saved_file_as_if_from_its_site()
    {
        await using var pipeline = TestPipeline.Create();
        var inspector = ActivatorUtilities.CreateInstance<Inspector>(pipeline.Services);
        var options = new InspectionOptions { BaseUrl = new Uri("https://justice.example.org/saved/") };
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), InspectionFixtures.PathOf("jsonfeed-11.json"));

        var feed = Assert.IsType<InspectedFeed>(await inspector.InspectAsync(InspectionFixtures.PathOf("jsonfeed-11.json"), options, CancellationToken.None));

        Assert.Equal(new Uri(options.BaseUrl, relative.Replace('\\', '/')), feed.Url);
        Assert.Equal(new Uri("https://justice.example.org/updates/week-20"), feed.Items[1].Link);
    }
}
