namespace Bulletin.Core.Storage;

/// <summary>
/// What a lead URL that is not itself an item's key came to: another item (a redirect, a canonical
/// link, a repost) or nothing usable (a removed page, a page without a date).
/// </summary>
public sealed record UrlAlias
{
    /// <summary>The URL key the lead arrived under.</summary>
    public required string Key { get; init; }

    /// <summary>The stored item the URL leads to; null when the page gave no item.</summary>
    public string? ItemKey { get; init; }

    /// <summary>Why, in words for the run report ("redirected", "a copy of …", "HTTP 404 Not Found").</summary>
    public required string Reason { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
