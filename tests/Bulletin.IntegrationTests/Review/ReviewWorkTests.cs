using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Tests.Review;

/// <summary>What an editor does with a week, over real HTTP against the running service: weeks to open, exports, additions, re-collection.</summary>
public sealed partial class ReviewWorkTests
{
    [Fact]
    public async Task The_start_page_lists_the_drafted_weeks_and_the_week_the_schedule_drafts_next()
    {
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: false);
        var drafted = Path.Combine(app.DraftsPath, "2025-04-18");
        Directory.CreateDirectory(drafted);
        await File.WriteAllTextAsync(Path.Combine(drafted, "draft.json"), """{"window": {"from": "2025-04-12", "to": "2025-04-18", "timeZone": "Asia/Yangon"}, "sections": [], "sources": []}""");
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);

        var page = await client.GetStringAsync("/");

        // The app's draft schedule fires next on 1 January 2099 (ReviewApp), drafting the seven days ending then.
        Assert.Contains("href=\"/drafts/2098-12-26/2099-01-01\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/drafts/2025-04-12/2025-04-18\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_versions_download_links_answer_with_a_file()
    {
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: false);
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/approve", new Dictionary<string, string>());
        var version = await client.GetStringAsync(ReviewApp.Week + "/v/1");

        var downloads = DownloadLink().Matches(version).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(3, downloads.Count);
        foreach (var link in downloads)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.StartsWith("bulletin-2025-05-05-2025-05-11-v1.", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Adding_a_url_already_in_the_draft_says_so()
    {
        await using var site = await LoopbackServer.ServeDirectoryAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Review", "site"));
        await using var app = await ReviewApp.StartAsync(allowPrivateAddresses: true);
        using var client = app.Client();
        await ReviewApp.SignInAsync(client);
        var url = site.Url("/statements/added.html").ToString();

        var first = await (await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/add", new Dictionary<string, string> { ["url"] = url })).Content.ReadAsStringAsync();
        var second = await (await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/add", new Dictionary<string, string> { ["url"] = url })).Content.ReadAsStringAsync();

        Assert.Contains("added “Statement on the detention of journalists in Sagaing”", first, StringComparison.Ordinal);
        Assert.Contains("already in this week’s draft: “Statement on the detention of journalists in Sagaing”", second, StringComparison.Ordinal);
        Assert.DoesNotContain("added “", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_running_collection_returns_at_once_runs_one_at_a_time_and_shows_its_progress()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int inFlight = 0, most = 0, feeds = 0;
        await using var site = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 404;
                return;
            }

            Interlocked.Increment(ref feeds);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            try
            {
                await release.Task.WaitAsync(TimeSpan.FromSeconds(60));
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync("""<rss version="2.0"><channel><title>Site</title></channel></rss>""");
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        });
        await using var app = await ReviewApp.StartAsync(
            allowPrivateAddresses: false,
            sourcesJson: $$"""{"sources": [ {"id": "slow-site", "type": "feed", "url": "{{site.Url("/feed.xml")}}"} ]}""");
        using var client = app.Client();
        client.Timeout = TimeSpan.FromSeconds(20);
        await ReviewApp.SignInAsync(client);

        try
        {
            // The site holds every answer until the test lets go: the request must not wait for the collection.
            var first = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/recollect", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
            var again = await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/recollect", new Dictionary<string, string>());
            await ReviewApp.PostFormAsync(client, ReviewApp.Week, ReviewApp.Week + "/recollect", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);

            await WaitForAsync(client, "Re-collection of this week is running");

            // The job reports each source once it has started reading it, a moment after the job itself starts.
            var running = await WaitForAsync(client, "slow-site");
            Assert.Contains("Re-collection of this week is running", running, StringComparison.Ordinal);
            Assert.Contains("Re-collection of this week is already queued or running", await client.GetStringAsync(again.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }
        finally
        {
            release.TrySetResult();
        }

        var done = await WaitForAsync(client, "Re-collection of this week finished");
        Assert.Contains("1 sources", done, StringComparison.Ordinal);
        Assert.Equal(1, most);
        Assert.Equal(1, feeds);
    }

    private static async Task<string> WaitForAsync(HttpClient client, string text)
    {
        var page = "";
        for (var i = 0; i < 200; i++)
        {
            page = WebUtility.HtmlDecode(await client.GetStringAsync(ReviewApp.Week));
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"the draft page never said \"{text}\":\n{page}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [GeneratedRegex("href=\"([^\"]+\\?download=1)\"")]
    private static partial Regex DownloadLink();
}
