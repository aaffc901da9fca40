using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Classification;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Rendering;

public sealed class DraftWriterTests : IDisposable
{
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), Yangon);

    private readonly string _outDir = Path.Combine(Path.GetTempPath(), "bulletin-rendering-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_outDir))
        {
            Directory.Delete(_outDir, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_json_and_one_file_per_format()
    {
        var written = await Writer().WriteAsync(new Draft(Week, [], []), _outDir, CancellationToken.None);

        Assert.Equal(
            ["draft.json", "draft.html", "draft.md", "draft.txt"],
            written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.True(File.Exists(path), path));
        Assert.Empty(Directory.GetFiles(_outDir, "*.tmp"));
    }

    [Fact]
    public async Task Draft_json_has_the_agreed_shape()
    {
        var item = Item("Statement on airstrikes “near schools”", "National Unity Government") with
        {
            Published = DateTimeOffset.Parse("2025-05-19T23:30:00-04:00", CultureInfo.InvariantCulture),
            Language = "en",
            SourceId = "nug",
            IssuerReason = "source default",
            KindReason = "title says statement",
        };
        var draft = new Draft(
            Week,
            [new DraftSection(Sections.Statements, [item]), new DraftSection(Sections.Reports, [])],
            [new SourceReport("nug", "ok", null), new SourceReport("hrw", "failed", "HTTP 503")]);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);
        var text = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.json"));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        Assert.Equal(["window", "sections", "sources"], Keys(root));
        var window = root.GetProperty("window");
        Assert.Equal(["from", "to", "timeZone"], Keys(window));
        Assert.Equal("2025-05-17", window.GetProperty("from").GetString());
        Assert.Equal("2025-05-23", window.GetProperty("to").GetString());
        Assert.Equal("Asia/Yangon", window.GetProperty("timeZone").GetString());

        var sections = root.GetProperty("sections");
        Assert.Equal([Sections.Statements, Sections.Reports], sections.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Equal(["title", "items"], Keys(sections[0]));

        var written = sections[0].GetProperty("items")[0];
        Assert.Equal(["title", "issuer", "url", "published", "language", "sourceId", "issuerReason", "kindReason", "issuerConfidence", "kindConfidence", "issuerAlternatives"], Keys(written));
        Assert.Equal("Statement on airstrikes “near schools”", written.GetProperty("title").GetString());
        Assert.Equal("National Unity Government", written.GetProperty("issuer").GetString());
        Assert.Equal("https://example.org/statements/1", written.GetProperty("url").GetString());
        // As the page stated it: its own day and offset (10:00 on the 20th in Yangon decided the week).
        Assert.Equal("2025-05-19T23:30:00-04:00", written.GetProperty("published").GetString());
        Assert.Equal("en", written.GetProperty("language").GetString());
        Assert.Equal("nug", written.GetProperty("sourceId").GetString());
        Assert.Equal("source default", written.GetProperty("issuerReason").GetString());
        Assert.Equal("title says statement", written.GetProperty("kindReason").GetString());

        var sources = root.GetProperty("sources");
        Assert.Equal(["id", "status", "message"], Keys(sources[1]));
        Assert.Equal(("hrw", "failed", "HTTP 503"), (sources[1].GetProperty("id").GetString(), sources[1].GetProperty("status").GetString(), sources[1].GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, sources[0].GetProperty("message").ValueKind);

        // Indented, with curly quotes left readable rather than \u escapes.
        Assert.Contains("\n  \"window\": {", text, StringComparison.Ordinal);
        Assert.Contains("“near schools”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Burmese_text_stays_readable_in_every_file()
    {
        const string title = "မြန်မာ့ကလေးငယ်များအပေါ် သတ်ဖြတ်မှုများ";
        var draft = new Draft(Week, [new DraftSection(Sections.Statements, [Item(title, "Special Advisory Council for Myanmar")])], []);

        var written = await Writer().WriteAsync(draft, _outDir, CancellationToken.None);

        Assert.All(written, path => Assert.Contains(title, File.ReadAllText(path), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Both_sections_are_present_when_empty()
    {
        await Writer().WriteAsync(DraftAssembler.Assemble(Week, [], new Dictionary<string, IReadOnlyList<Decision>>(), []), _outDir, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.json")));
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal([Sections.Statements, Sections.Reports], sections.Select(s => s.GetProperty("title").GetString()));
        Assert.All(sections, s => Assert.Equal(0, s.GetProperty("items").GetArrayLength()));

        Assert.Equal(
            "Resources\n\nStatements and Press Releases\n\nNo items this week.\n\nReports\n\nNo items this week.\n\n",
            await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.txt")));
        var html = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.html"));
        Assert.Contains("<h2>Statements and Press Releases</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Reports</h2>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("No items this week.").Length - 1);
        var md = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.md"));
        Assert.Contains("## Statements and Press Releases\n\n_No items this week._\n\n## Reports\n\n_No items this week._\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_reads_like_the_published_bulletin_in_issuer_order()
    {
        var draft = DraftAssembler.Assemble(
            Week,
            [
                Stored(1, "Annual report", "Fortify Rights", Kind.Report),
                Stored(2, "Justice statement", "Justice For Myanmar"),
                Stored(3, "Coalition statement", "227 Civil Society Organizations"),
                Stored(4, "Campaign statement", "Burma Campaign UK"),
                Stored(5, "Smaller coalition statement", "59 Civil Society Organizations"),
            ],
            new Dictionary<string, IReadOnlyList<Decision>>(),
            []);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);

        Assert.Equal(
            """
            Resources

            Statements and Press Releases

            Smaller coalition statement
            By 59 Civil Society Organizations

            Coalition statement
            By 227 Civil Society Organizations

            Campaign statement
            By Burma Campaign UK

            Justice statement
            By Justice For Myanmar

            Reports

            Annual report
            By Fortify Rights


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.txt")));
    }

    [Fact]
    public async Task Writes_the_sections_in_the_order_it_is_given()
    {
        // Shape and order are the assembler's; the writer renders what it gets.
        var draft = new Draft(Week, [new DraftSection(Sections.Reports, [Item("B", "Zeta")]), new DraftSection(Sections.Statements, [Item("A", "Zeta"), Item("C", "Alpha")])], []);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);

        Assert.Equal("Resources\n\nReports\n\nB\nBy Zeta\n\nStatements and Press Releases\n\nA\nBy Zeta\n\nC\nBy Alpha\n\n", await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.txt")));
    }

    [Fact]
    public async Task Html_escapes_titles_and_refuses_script_links()
    {
        var hostile = Item("<script>alert(1)</script> & more", "Issuer \"quoted\"") with { Url = "javascript:alert(1)" };
        var draft = new Draft(Week, [new DraftSection(Sections.Statements, [hostile])], []);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);
        var html = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.html"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("By Issuer &quot;quoted&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_links_each_title_and_escapes_brackets()
    {
        var draft = new Draft(
            Week,
            [new DraftSection(Sections.Reports, [Item("[Update] Situation *report*", "OCHA")])],
            []);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);
        var md = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.md"));

        Assert.Contains(
            "## Reports\n\n[\\[Update\\] Situation \\*report\\*](https://example.org/statements/1)  \nBy OCHA\n",
            md,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_link_whose_url_holds_parentheses_is_not_cut()
    {
        var draft = new Draft(
            Week,
            [new DraftSection(Sections.Reports, [Item("Annual report (2024)", "OCHA") with { Url = "https://example.org/reports/annual_(2024))" }])],
            []);

        await Writer().WriteAsync(draft, _outDir, CancellationToken.None);
        var md = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.md"));

        // Parentheses in the destination are percent-encoded, so the link ends at the one the template writes.
        Assert.Contains("[Annual report (2024)](https://example.org/reports/annual\\_%282024%29%29)  \n", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_sources_in_trouble_are_listed_for_attention()
    {
        var healthy = new Draft(Week, [], [new SourceReport("ohchr", "ok", null), new SourceReport("nug", "ok", null)]);
        await Writer().WriteAsync(healthy, _outDir, CancellationToken.None);
        Assert.DoesNotContain("Sources needing attention", await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.html")), StringComparison.Ordinal);

        var troubled = healthy with { Sources = [.. healthy.Sources, new SourceReport("hrw", "failed", "HTTP 503 after 3 tries")] };
        await Writer().WriteAsync(troubled, _outDir, CancellationToken.None);
        var html = await File.ReadAllTextAsync(Path.Combine(_outDir, "draft.html"));

        Assert.Contains("Sources needing attention", html, StringComparison.Ordinal);
        Assert.Contains("<strong>hrw</strong>: failed – HTTP 503 after 3 tries", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ohchr", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_template_fails_before_anything_is_written()
    {
        var writer = Writer(new RenderingOptions
        {
            TemplatesPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rendering", "only-html"),
            Formats = ["html", "md"],
        });

        var ex = await Assert.ThrowsAsync<TemplateException>(() => writer.WriteAsync(new Draft(Week, [], []), _outDir, CancellationToken.None));

        Assert.Contains("Bulletin:Rendering:Formats", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_outDir));
    }

    private static DraftWriter Writer(RenderingOptions? options = null) => new(
        Options.Create(options ?? new RenderingOptions { TemplatesPath = RepositoryTemplates.Path }),
        NullLogger<DraftWriter>.Instance);

    private static StoredItem Stored(int n, string title, string issuer, Kind kind = Kind.Statement) => new()
    {
        Key = $"//example.org/{n}",
        Url = $"https://example.org/{n}",
        SourceId = "src",
        Title = title,
        Published = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero),
        Language = "en",
        Issuer = issuer,
        IssuerReason = "test",
        Kind = kind,
        KindReason = "test",
        FirstSeen = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero),
    };

    private static DraftItem Item(string title, string issuer) => new()
    {
        Key = "//example.org/statements/1",
        Kind = Kind.Statement,
        Section = Sections.Statements,
        Title = title,
        Issuer = issuer,
        Url = "https://example.org/statements/1",
        Published = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero),
        Language = "en",
    };

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
