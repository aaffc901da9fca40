using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>A feed as Bulletin reads it: its own details and every entry, linked or not, in feed order.</summary>
public sealed record InspectedFeed : Inspected
{
    /// <summary>The format the reader recognised: rss, rss10, cdf, atom03, atom10 or json.</summary>
    public required string Format { get; init; }

    public string? Title { get; init; }

    public Uri? Link { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<InspectedPerson> Authors { get; init; } = [];

    public IReadOnlyList<InspectedItem> Items { get; init; } = [];
}

/// <summary>
/// One feed entry: what the feed states (every date, link and author) and, for an entry with a link,
/// the lead Bulletin would collect from it and the kind that lead alone suggests.
/// </summary>
public sealed record InspectedItem
{
    public string? Title { get; init; }

    public Uri? Link { get; init; }

    public PublishedDate? Published { get; init; }

    public PublishedDate? Updated { get; init; }

    public PublishedDate? Created { get; init; }

    public IReadOnlyList<InspectedPerson> Authors { get; init; } = [];

    public IReadOnlyList<InspectedLink> Links { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>What collection would take from this entry; null for an entry without a link, which Bulletin skips.</summary>
    public Lead? Lead { get; init; }

    /// <summary>The kind the lead alone points to, before any page is read.</summary>
    public Decided<Kind>? Kind { get; init; }

    /// <summary>Which of the entry's dates the lead's publication date came from: published, created or updated.</summary>
    public string? PublishedFrom =>
        Lead?.Published is not { } date ? null
        : date == Published ? "published"
        : date == Created ? "created"
        : date == Updated ? "updated"
        : null;
}

/// <summary>An author as the feed gives one.</summary>
public sealed record InspectedPerson(string? Name, string? Email, Uri? Url);

/// <summary>A link of an entry with its relation and what the feed says about its target.</summary>
public sealed record InspectedLink(Uri Href, string Rel, string? Type, string? Title, string? HrefLang, string? Length);
