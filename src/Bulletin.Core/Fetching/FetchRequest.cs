namespace Bulletin.Core.Fetching;

/// <summary>One URL to fetch, optionally conditional on what we saw last time.</summary>
/// <param name="Url">Absolute http(s) URL.</param>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>ETag from the previous fetch, sent as If-None-Match exactly as received (weak ones included).</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified from the previous fetch, sent as If-Modified-Since.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>
    /// The document this fetch was reached from, usually the source's own URL: its address decides which
    /// special-purpose addresses the fetch may reach (see <see cref="AddressGuard"/>). Null: the URL itself.
    /// </summary>
    public Uri? Origin { get; init; }

    /// <summary>Accept header; null sends <c>*/*</c>.</summary>
    public string? Accept { get; init; }
}
