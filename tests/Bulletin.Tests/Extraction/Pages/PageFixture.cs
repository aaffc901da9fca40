using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Tests.Extraction.Pages;

/// <summary>Reads a detail-page fixture from Fixtures/Pages as if fetched from <c>url</c>.</summary>
internal static class PageFixture
{
    public static PageFacts Read(string file, string url) =>
        PageReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", file)), new Uri(url));
}
