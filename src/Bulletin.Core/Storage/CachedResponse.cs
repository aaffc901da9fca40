namespace Bulletin.Core.Storage;

/// <summary>A stored HTTP answer, with the validators for the next conditional request.</summary>
public sealed record CachedResponse
{
    /// <summary>The URL as requested; the cache key.</summary>
    public required string Url { get; init; }

    /// <summary>The URL after redirects.</summary>
    public required string FinalUrl { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public string? ContentType { get; init; }

    public required byte[] Body { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }
}
