namespace Bulletin.Core.Fetching;

/// <summary>What came back from one fetch: a body, a 304, or a specific reason it failed.</summary>
public sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL after following redirects (the URL that answered, or the one that failed).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>Final HTTP status, or null when no response arrived (network error, timeout, robots, open circuit).</summary>
    public int? Status { get; init; }

    /// <summary>True when the server answered 304: the caller's copy is current.</summary>
    public bool NotModified { get; init; }

    /// <summary>Decompressed body; empty on 304 and on failure.</summary>
    public byte[] Body { get; init; } = [];

    public string? ContentType { get; init; }

    /// <summary>
    /// The response's Content-Location, resolved against <see cref="FinalUrl"/>; null when the
    /// response had none or named something other than an http(s) address.
    /// </summary>
    public Uri? ContentLocation { get; init; }

    /// <summary>
    /// The URL relative links in the body resolve against: Content-Location when the response
    /// gave one (it names the resource the body represents), else the final URL.
    /// </summary>
    public Uri BaseUrl => ContentLocation ?? FinalUrl;

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Body bytes received (after decompression).</summary>
    public long Bytes { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>HTTP requests sent for this fetch, retries and redirect hops included (robots.txt excluded).</summary>
    public int Attempts { get; init; }

    public bool BlockedByRobots { get; init; }

    /// <summary>Time spent waiting for the origin's open circuit to close before the fetch could go on.</summary>
    public TimeSpan CircuitWait { get; init; }

    /// <summary>Why the fetch failed, in words an editor can act on; null on success.</summary>
    public string? Error { get; init; }

    public bool IsSuccess => Error is null;
}
