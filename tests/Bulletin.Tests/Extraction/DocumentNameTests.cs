using Bulletin.Core.Extraction;

namespace Bulletin.Tests.Extraction;

public sealed class DocumentNameTests
{
    [Theory]
    [InlineData("https://khrg.org/sites/default/files/KHRG-Report_Bombing-of-Schools.pdf", "KHRG Report Bombing of Schools")]
    [InlineData("https://example.org/docs/Briefing%20Paper%20May%202025.PDF", "Briefing Paper May 2025")]
    [InlineData("https://example.org/news/2025/statement/", null)]
    [InlineData("https://example.org/download", null)]
    public void Reads_a_title_from_the_file_name(string url, string? expected) =>
        Assert.Equal(expected, DocumentName.Of(new Uri(url)));
}
