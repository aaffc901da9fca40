using Bulletin.Core.Extraction.Feeds;

namespace Bulletin.Tests.Extraction.Feeds;

/// <summary>Reads the feed fixtures as a fetcher would hand them over: bytes, a content type and the feed's URL.</summary>
internal static class FeedFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));

    public static Feed Read(string name, string? contentType = "application/rss+xml", string url = "https://example.org/feed") =>
        FeedReader.Read(Bytes(name), contentType, new Uri(url));
}
