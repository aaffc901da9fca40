using System.Text.Json;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Collection;

/// <summary>
/// The whole path, for real: two small sites on 127.0.0.1 (an organisation and an aggregator that
/// reposts it), collected into a SQLite file and drafted from the templates.
/// </summary>
public sealed class DraftRunTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);
    private static readonly string Sites = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites");

    private LoopbackServer ngo = null!;
    private LoopbackServer aggregator = null!;
    private IReadOnlyList<SourceDefinition> sources = null!;

    public async Task InitializeAsync()
    {
        ngo = await LoopbackServer.ServeDirectoryAsync(Path.Combine(Sites, "ngo"));
        aggregator = await LoopbackServer.ServeDirectoryAsync(Path.Combine(Sites, "aggregator"), new Dictionary<string, string> { ["{{NGO}}"] = ngo.BaseUri.ToString().TrimEnd('/') });
        sources = SourcesFile.Parse($$"""
            {"sources": [
              {"id": "khrg", "type": "feed", "url": "{{ngo.Url("feed.xml")}}", "issuer": "KHRG", "timeZone": "Asia/Bangkok"},
              {"id": "khrg-my", "type": "feed", "url": "{{ngo.Url("feed-my.xml")}}", "issuer": "KHRG", "timeZone": "Asia/Bangkok"},
              {"id": "digest", "type": "feed", "url": "{{aggregator.Url("feed.xml")}}", "publishesForOthers": true}
            ]}
            """, "test");
    }

    public async Task DisposeAsync()
    {
        await ngo.DisposeAsync();
        await aggregator.DisposeAsync();
    }

    [Fact]
    public async Task Drafts_the_week_with_issuers_sections_and_translations()
    {
        await using var pipeline = TestPipeline.Create();
        var outDir = Path.Combine(pipeline.Folder, "out");

        var result = await pipeline.Get<DraftRun>().RunAsync(Week, sources, outDir, collect: true, progress: null, CancellationToken.None);

        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "draft.json"))).RootElement;
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["Statements and Press Releases", "Reports"], sections.Select(s => s.GetProperty("title").GetString()));
        var statements = sections[0].GetProperty("items").EnumerateArray().Select(i => (Title: i.GetProperty("title").GetString(), Issuer: i.GetProperty("issuer").GetString(), Language: i.GetProperty("language").GetString())).ToList();
        Assert.Equal(
            [
                ("Statement on the airstrikes on schools in Sagaing & Magway", "Karen Human Rights Group", "en"),
                ("ကျောင်းများအပေါ် လေကြောင်းတိုက်ခိုက်မှုများဆိုင်ရာ ထုတ်ပြန်ချက်", "Karen Human Rights Group", "my"),
                ("Joint statement: stop aviation fuel shipments", "Karen Human Rights Group, Progressive Voice and Assistance Association for Political Prisoners", "en"),
            ],
            statements.OrderBy(s => s.Issuer, StringComparer.Ordinal).ThenBy(s => s.Language, StringComparer.Ordinal).ToList());
        var reports = sections[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Report: Bombing of Schools in South-East Myanmar"], reports);
        Assert.Equal("2025-05-17", json.GetProperty("window").GetProperty("from").GetString());
        Assert.All(json.GetProperty("sources").EnumerateArray(), s => Assert.Equal("ok", s.GetProperty("status").GetString()));
        Assert.Contains(result.Files, f => f.EndsWith("draft.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeps_the_issuers_own_copy_and_never_requests_a_disallowed_path()
    {
        await using var pipeline = TestPipeline.Create();

        var draft = (await pipeline.Get<DraftRun>().RunAsync(Week, sources, Path.Combine(pipeline.Folder, "out"), collect: true, progress: null, CancellationToken.None)).Draft;

        var airstrikes = draft.Sections[0].Items.Where(i => i.Title.StartsWith("Statement on the airstrikes", StringComparison.Ordinal)).ToList();
        Assert.Single(airstrikes);
        Assert.Equal(ngo.Url("news/2025/statement-on-school-airstrikes/").AbsoluteUri, airstrikes[0].Url);
        Assert.DoesNotContain(draft.Sections.SelectMany(s => s.Items), i => i.Title.Contains("This week in", StringComparison.Ordinal) || i.Title.Contains("Webinar", StringComparison.Ordinal));
        Assert.DoesNotContain(ngo.Requests, r => r.PathAndQuery.StartsWith("/private/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_original_found_through_a_repost_keeps_its_own_date()
    {
        await using var pipeline = TestPipeline.Create();
        var digestOnly = sources.Where(s => s.Id == "digest").ToList();

        var draft = (await pipeline.Get<DraftRun>().RunAsync(Week, digestOnly, Path.Combine(pipeline.Folder, "out"), collect: true, progress: null, CancellationToken.None)).Draft;

        var original = Assert.Single(draft.Sections[0].Items, i => i.Title.StartsWith("Statement on the airstrikes", StringComparison.Ordinal));
        Assert.Equal(ngo.Url("news/2025/statement-on-school-airstrikes/").AbsoluteUri, original.Url);
        // The original page says 20 May 16:30 (+07:00); the repost's feed said 21 May 02:00 UTC.
        Assert.Equal(DateTimeOffset.Parse("2025-05-20T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture), original.Published);
    }

    [Fact]
    public async Task An_original_found_through_a_repost_belongs_to_the_source_that_watches_its_site()
    {
        await using var pipeline = TestPipeline.Create();
        var digest = sources.Single(s => s.Id == "digest");
        var repost = new Bulletin.Core.Extraction.Lead
        {
            Url = aggregator.Url("2025/repost/"),
            Title = "Statement on the airstrikes on schools in Sagaing & Magway",
            Published = Bulletin.Core.Extraction.PublishedDate.Exact(DateTimeOffset.Parse("2025-05-21T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
        };

        var outcome = await pipeline.Get<ItemCollector>().CollectAsync(digest, repost, Week, new RunState(sources), CancellationToken.None);

        Assert.Equal(LeadResult.New, outcome.Result);
        Assert.Equal(ngo.Url("news/2025/statement-on-school-airstrikes/").AbsoluteUri, outcome.Item!.Url);
        Assert.Equal("khrg", outcome.Item.SourceId);
        Assert.Equal(DateTimeOffset.Parse("2025-05-20T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture), outcome.Item.Published);
    }

    [Fact]
    public async Task A_second_run_stores_nothing_twice_and_reads_no_page_again()
    {
        await using var pipeline = TestPipeline.Create();
        var run = pipeline.Get<DraftRun>();
        var store = pipeline.Get<Store>();
        await run.RunAsync(Week, sources, Path.Combine(pipeline.Folder, "out1"), collect: true, progress: null, CancellationToken.None);
        var stored = await store.CountItemsAsync(CancellationToken.None);
        var firstRun = ngo.Responses.Concat(aggregator.Responses).ToList();
        var (ngoFirst, aggregatorFirst) = (ngo.Responses.Count, aggregator.Responses.Count);

        var second = await run.RunAsync(Week, sources, Path.Combine(pipeline.Folder, "out2"), collect: true, progress: null, CancellationToken.None);

        Assert.Equal(stored, await store.CountItemsAsync(CancellationToken.None));
        Assert.Equal(4, second.Draft.Sections.Sum(s => s.Items.Count));
        var secondRun = ngo.Responses.Skip(ngoFirst).Concat(aggregator.Responses.Skip(aggregatorFirst)).ToList();
        var feeds = sources.Select(s => s.Url.PathAndQuery).Append("/robots.txt").ToHashSet();

        // Item pages: the stored ones, the repost of one, the report and the page that has since gone (404).
        var pagesAskedTwice = firstRun.Concat(secondRun).Where(r => !feeds.Contains(r.PathAndQuery)).GroupBy(r => r.PathAndQuery).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(pagesAskedTwice);
        Assert.Contains(firstRun, r => r.Status == 404);
        Assert.All(secondRun.Where(r => r.PathAndQuery != "/robots.txt"), r => Assert.Equal(304, r.Status));
        Assert.True(secondRun.Sum(r => r.Bytes) * 10 < firstRun.Sum(r => r.Bytes), $"second run {secondRun.Sum(r => r.Bytes)} bytes, first {firstRun.Sum(r => r.Bytes)}");
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_the_others_still_drafted()
    {
        await using var pipeline = TestPipeline.Create(new Dictionary<string, string?> { ["Bulletin:Fetch:MaxRetries"] = "1" });
        var broken = sources.Append(new SourceDefinition { Id = "gone", Type = SourceType.Feed, Url = ngo.Url("no-such-feed.xml") }).ToList();

        var draft = (await pipeline.Get<DraftRun>().RunAsync(Week, broken, Path.Combine(pipeline.Folder, "out"), collect: true, progress: null, CancellationToken.None)).Draft;

        var gone = Assert.Single(draft.Sources, s => s.Id == "gone");
        Assert.Equal("failed", gone.Status);
        Assert.Contains("404", gone.Message, StringComparison.Ordinal);
        Assert.NotEmpty(draft.Sections[0].Items);
    }
}
