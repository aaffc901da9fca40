using System.Globalization;
using System.Text.Json;
using Bulletin.Core.Extraction.Pages;
using Bulletin.Core.Inspection;

namespace Bulletin.Tests.Extraction.Pages;

/// <summary>
/// Pages written in the shapes date and headline readers miss, each beside the extraction it must
/// give (Fixtures/Pages/Golden/NAME.html and NAME.expected.json): dates shown only as text near the
/// headline or byline, meta tags and JSON-LD in their odd forms, a time just before midnight at a
/// negative offset, dates in comments, related lists, sidebars and footers, modified dates, dates
/// after the fetch, and headlines carrying the site's name; in English, German, French, Spanish,
/// Japanese, Chinese, Thai and Burmese. <c>published</c> is written as <c>inspect --json</c> writes it.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", "Golden");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_gives_its_expected_date_and_headline(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        var e = expected.RootElement;
        var fetched = DateTimeOffset.Parse(e.GetProperty("fetched").GetString()!, CultureInfo.InvariantCulture);

        var facts = PageReader.Read(File.ReadAllText(Path.Combine(Folder, name + ".html")), new Uri(e.GetProperty("url").GetString()!), fetched);

        var published = e.GetProperty("published");
        Assert.Equal(published.ValueKind == JsonValueKind.Null ? null : published.GetString(), facts.Published is { } p ? InspectionDates.Format(p.Value) : null);
        if (e.TryGetProperty("publishedSignal", out var signal))
        {
            Assert.Equal(signal.GetString(), facts.Published?.From);
        }

        if (e.TryGetProperty("title", out var title))
        {
            Assert.Equal(title.GetString(), facts.Title?.Value);
        }
    }

    [Fact]
    public void Every_page_has_its_expectation_beside_it()
    {
        var pages = Directory.EnumerateFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension);
        var expectations = Directory.EnumerateFiles(Folder, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]);

        Assert.Equal(pages.Order(StringComparer.Ordinal), expectations.Order(StringComparer.Ordinal));
        Assert.True(pages.Count() >= 40);
    }
}
