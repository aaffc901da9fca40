namespace Bulletin.Core.Extraction.Feeds;

/// <summary>
/// Everything the format readers take from a feed, before it is narrowed to <see cref="Feed"/>:
/// entries without links, every link with its relation, authors with e-mail and home page.
/// </summary>
internal sealed record FeedDocument
{
    public required string Format { get; init; }

    public string? Title { get; init; }

    public Uri? Link { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<FeedPerson> Authors { get; init; } = [];

    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];
}

/// <summary>One item or entry as the feed gives it.</summary>
internal sealed record FeedEntry
{
    public string? Title { get; init; }

    /// <summary>The entry's page: the link a reader would follow.</summary>
    public Uri? Link { get; init; }

    public IReadOnlyList<FeedLink> Links { get; init; } = [];

    public PublishedDate? Published { get; init; }

    public PublishedDate? Updated { get; init; }

    public PublishedDate? Created { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<FeedPerson> Authors { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Language { get; init; }
}

/// <summary>A link with its relation ("alternate", "enclosure", ...) and what the feed says about its target.</summary>
internal sealed record FeedLink(Uri Href, string Rel, string? Type = null, string? Title = null, string? HrefLang = null, string? Length = null);

/// <summary>An author as feeds describe one: a name, an e-mail address, a home page, any of them missing.</summary>
internal sealed record FeedPerson(string? Name, string? Email, Uri? Url)
{
    /// <summary>The name to show: the name, else the e-mail address.</summary>
    public string? Display => Name ?? Email;
}
