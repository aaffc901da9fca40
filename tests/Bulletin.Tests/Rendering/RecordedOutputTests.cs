using Bulletin.Core.Classification;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Rendering;

/// <summary>
/// The shipped templates against the output recorded from the templates they replaced: a week with
/// hostile, Burmese, Markdown-breaking and Latin-1 text, a script link, an empty section and sources
/// in trouble must read byte for byte as it did. Two recorded differences, on purpose: parentheses in an
/// item's URL are percent-encoded, so a ")" cannot end a Markdown link early; and the HTML declares
/// a Myanmar face limited to the Myanmar blocks, so Latin punctuation keeps its Latin font.
/// </summary>
public sealed class RecordedOutputTests : IDisposable
{
    private readonly string _outDir = Directory.CreateTempSubdirectory("bulletin-recorded-").FullName;

    public void Dispose() => Directory.Delete(_outDir, recursive: true);

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("txt")]
    public async Task The_templates_render_what_was_recorded(string format)
    {
        var writer = new DraftWriter(Options.Create(new RenderingOptions { TemplatesPath = RepositoryTemplates.Path }), NullLogger<DraftWriter>.Instance);

        await writer.WriteAsync(Week(), _outDir, CancellationToken.None);

        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rendering", "recorded", $"draft.{format}"));
        Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(_outDir, $"draft.{format}")));
    }

    private static Draft Week()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
        var window = new Window(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), zone);
        var at = new DateTimeOffset(2025, 5, 20, 3, 0, 0, TimeSpan.Zero);
        DraftItem Item(int n, string title, string issuer, string url, string language = "en") => new()
        {
            Key = "//example.org/" + n,
            Kind = Kind.Statement,
            Section = Sections.Statements,
            Title = title,
            Issuer = issuer,
            Url = url,
            Published = window.InZone(at.AddHours(n)),
            Language = language,
            SourceId = "source-" + n,
            IssuerReason = "named on the page",
            KindReason = "title says statement",
        };

        var statements = new List<DraftItem>
        {
            Item(1, "12 Groups Call for an Arms Embargo", "12 Civil Society Organizations", "https://example.org/embargo"),
            Item(2, "<script>alert(1)</script>\"'&", "Example Rights Watch", "https://example.org/a?b=1&c=2"),
            Item(3, "[Update] *Urgent* _appeal_ on `detentions` \\ <now>", "Example Rights Watch", "https://example.org/update(1)"),
            Item(4, "ပြည်သူများအတွက် ထုတ်ပြန်ချက်", "Example Rights Watch", "https://example.org/my/statement", "my"),
            Item(5, "Café © déclaration — “quoted” = fine", "Zeta Coalition", "javascript:alert(1)"),
        };
        return new Draft(
            window,
            [new DraftSection(Sections.Statements, statements), new DraftSection(Sections.Reports, [])],
            [
                new SourceReport("alpha", "ok", null),
                new SourceReport("beta", "failed", "HTTP 503 <b>busy</b> & 'retry'"),
                new SourceReport("gamma", "flagged", null),
            ]);
    }
}
