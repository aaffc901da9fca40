using Bulletin.Core.Rendering;
using Bulletin.Core.Classification;
using Bulletin.Core.Review;
using Bulletin.Core.Selection;
using Bulletin.Tests.Rendering;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Review;

/// <summary>What an editor approves is the bulletin readers get: the review's notes stay in the working draft.</summary>
public sealed class ApprovedTextsTests
{
    private static readonly Window Week = new(new DateOnly(2025, 5, 17), new DateOnly(2025, 5, 23), TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon"));

    private static readonly Draft Working = new(
        Week,
        [new DraftSection(Sections.Statements, [new DraftItem { Key = "//example.org/s", Kind = Kind.Statement, Section = Sections.Statements, Title = "Statement on the airstrikes", Issuer = "Progressive Voice", Url = "https://example.org/s", Published = new DateTimeOffset(2025, 5, 20, 9, 0, 0, TimeSpan.Zero), Language = "en" }])],
        [new SourceReport("listing", "flagged", "selectors matched nothing on http://10.0.0.5/news: check selectors.item '//div[@class='card']'")]);

    [Fact]
    public void An_approved_version_carries_neither_the_attention_list_nor_the_word_draft()
    {
        var writer = new DraftWriter(Options.Create(new RenderingOptions { TemplatesPath = RepositoryTemplates.Path }), NullLogger<DraftWriter>.Instance);

        // As DraftReview.ApproveAsync renders a version.
        var rendered = writer.Render(Working, DraftVersion.ExportFormats, approved: true);

        foreach (var export in rendered.Texts.Select(t => t.Value))
        {
            Assert.Contains("Statement on the airstrikes", export, StringComparison.Ordinal);
            Assert.DoesNotContain("Sources needing attention", export, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("selectors matched nothing", export, StringComparison.Ordinal);
            Assert.DoesNotContain("Draft", export, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_working_draft_still_shows_them()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-approved-").FullName;
        try
        {
            var writer = new DraftWriter(Options.Create(new RenderingOptions { TemplatesPath = RepositoryTemplates.Path }), NullLogger<DraftWriter>.Instance);
            await writer.WriteAsync(Working, folder, CancellationToken.None);

            var html = await File.ReadAllTextAsync(Path.Combine(folder, "draft.html"));
            Assert.Contains("Sources needing attention", html, StringComparison.Ordinal);
            Assert.Contains("Draft for 17 May 2025", html, StringComparison.Ordinal);
            Assert.Contains("Sources needing attention", await File.ReadAllTextAsync(Path.Combine(folder, "draft.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
