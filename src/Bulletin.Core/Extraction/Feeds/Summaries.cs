namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Picks an item's summary: the feed's own summary, else the start of its full content.</summary>
internal static class Summaries
{
    // Full articles in content:encoded are not summaries; the start of one is enough to classify it.
    private const int ContentLimit = 1000;

    public static string? Choose(string? summary, string? content)
    {
        if (!string.IsNullOrEmpty(summary))
        {
            return summary;
        }

        if (string.IsNullOrEmpty(content) || content.Length <= ContentLimit)
        {
            return content;
        }

        var cut = content.LastIndexOf(' ', ContentLimit);
        return content[..(cut > ContentLimit / 2 ? cut : ContentLimit)] + "…";
    }
}
