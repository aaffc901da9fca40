namespace Bulletin.Core.Extraction;

/// <summary>A candidate item as a feed, listing, API or sitemap names it, before its page is read.</summary>
public sealed record Lead
{
    /// <summary>Absolute URL of the item (resolved against the document it came from).</summary>
    public required Uri Url { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication instant when the source gives one.</summary>
    public PublishedDate? Published { get; init; }

    public string? Summary { get; init; }

    /// <summary>Author or creator names the source gives (feed author, dc:creator, JSON Feed authors).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Category or tag labels, and kind labels a listing shows beside the item ("Press Statement").</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>BCP-47-ish language code when the source states it ("en", "my").</summary>
    public string? Language { get; init; }

    /// <summary>Media type of the linked resource when known (an enclosure or a link to a PDF).</summary>
    public string? MediaType { get; init; }
}
