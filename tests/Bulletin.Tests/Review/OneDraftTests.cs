using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Core.Classification;
using Bulletin.Core.Rendering;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Bulletin.Review;
using Bulletin.Tests.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Review;

/// <summary>
/// One assembled draft, from a real store with editors' decisions, drives both the written draft and
/// the review page: they show the same items in the same order, and the same items left out.
/// </summary>
public sealed partial class OneDraftTests : IAsyncLifetime
{
    private static readonly Window Week = new(new DateOnly(2025, 5, 5), new DateOnly(2025, 5, 11), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));

    private readonly string _folder = Directory.CreateTempSubdirectory("bulletin-one-draft-").FullName;
    private Store _store = null!;

    public async Task InitializeAsync() => _store = await Store.OpenAsync(Path.Combine(_folder, "bulletin.db"));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_review_page_and_the_written_draft_show_one_assembled_draft()
    {
        var at = new DateTimeOffset(2025, 5, 7, 3, 0, 0, TimeSpan.Zero);
        StoredItem[] items =
        [
            Item("z-report", "Annual report", "Zeta Watch", Kind.Report, at),
            Item("b-first", "First statement", "Beta Group", Kind.Statement, at),
            Item("b-copy", "First statement", "Beta Group", Kind.Statement, at.AddDays(1)),
            Item("a-hostile", "<script>alert(1)</script>\"'&", "Alpha Union", Kind.Statement, at.AddHours(5)),
            Item("c-news", "Some news", "Gamma Media", Kind.Excluded, at),
            Item("d-moved", "Briefing", "Delta Council", Kind.Statement, at.AddHours(2)),
        ];
        foreach (var item in items)
        {
            await _store.UpsertItemAsync(item);
        }

        await _store.SaveDecisionAsync(new Decision("//example.org/d-moved", DecisionFields.Section, Sections.Reports, "Aye Aye", at));
        await _store.SaveDecisionAsync(new Decision("//example.org/a-hostile", DecisionFields.Issuer, "Alpha Union of 12", "Aye Aye", at));

        var draft = await new DraftAssembler(_store).AssembleAsync(Week, [new SourceReport("broken", "failed", "HTTP 503")], CancellationToken.None);
        var written = await WriteAsync(draft);
        var page = await PageAsync(new ReviewDraft { Draft = draft, SourcesNeedingAttention = [], LatestVersion = null });

        var fileUrls = written.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!))
            .ToList();
        var (shown, leftOut) = PageKeys(page);
        Assert.Equal(
            ["https://example.org/a-hostile", "https://example.org/b-first", "https://example.org/d-moved", "https://example.org/z-report"],
            fileUrls);
        Assert.Equal(fileUrls.Select(u => "//" + u["https://".Length..]), shown);
        Assert.Equal(["//example.org/c-news", "//example.org/b-copy"], leftOut);
        Assert.Contains("By Alpha Union of 12", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;", page, StringComparison.Ordinal);
        Assert.Contains("left out as a copy of another item", page, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> WriteAsync(Draft draft)
    {
        var writer = new DraftWriter(Options.Create(new RenderingOptions { TemplatesPath = RepositoryTemplates.Path }), NullLogger<DraftWriter>.Instance);
        var html = await writer.WriteAsync(draft, Path.Combine(_folder, "out"), CancellationToken.None);
        Assert.DoesNotContain("<script>alert", await File.ReadAllTextAsync(html.Single(f => f.EndsWith(".html", StringComparison.Ordinal))), StringComparison.Ordinal);
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "out", "draft.json")));
    }

    /// <summary>The draft page as the endpoint renders it, for a signed-out request with real antiforgery tokens.</summary>
    private static async Task<string> PageAsync(ReviewDraft draft)
    {
        await using var services = new ServiceCollection().AddLogging().AddAntiforgery().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        var shell = PageShell.For(context, services.GetRequiredService<IAntiforgery>());

        await DraftPage.Render(shell, draft, null, [], null).ExecuteAsync(context);

        return System.Text.Encoding.UTF8.GetString(body.ToArray());
    }

    /// <summary>The item keys of the page's articles: those in the bulletin's sections, then those under "Left out".</summary>
    private static (List<string> Shown, List<string> LeftOut) PageKeys(string page)
    {
        var split = page.IndexOf("<section class=\"left-out\">", StringComparison.Ordinal);
        List<string> Keys(string html) => ArticleKey().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (Keys(page[..split]), Keys(page[split..]));
    }

    private static StoredItem Item(string slug, string title, string issuer, Kind kind, DateTimeOffset published) => new()
    {
        Key = "//example.org/" + slug,
        Url = "https://example.org/" + slug,
        SourceId = "src",
        Title = title,
        Published = published,
        Language = "en",
        Issuer = issuer,
        IssuerReason = "named on the page",
        Kind = kind,
        KindReason = "test",
        FirstSeen = published,
        LastSeen = published,
    };

    [GeneratedRegex("<article class=\"item\" id=\"[^\"]*\" data-key=\"([^\"]*)\"")]
    private static partial Regex ArticleKey();
}
