namespace Bulletin.Core.Fetching;

/// <summary>How Bulletin fetches pages: identity, timeouts, retries, politeness and limits (section <c>Bulletin:Fetch</c>).</summary>
public sealed class FetchOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Bulletin:Fetch";

    /// <summary>The User-Agent sent with every request. Default:
    /// <c>Bulletin/1.0 (newsroom bulletin collector; +https://github.com/bulletin-newsroom/bulletin)</c>.</summary>
    public string UserAgent { get; set; } = "Bulletin/1.0 (newsroom bulletin collector; +https://github.com/bulletin-newsroom/bulletin)";

    /// <summary>Longest one attempt (request and body) may take before it is abandoned and retried. Default 15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after the first attempt on transient failures (408, 429, 5xx gateway errors, network errors, timeouts). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later retries back off exponentially with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After we honour; a server asking for longer is treated as a failure, not a wait. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests in flight to one host at a time. Default 2.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Least time between request starts to one host (robots.txt Crawl-delay wins if larger). Default 1 s.</summary>
    public TimeSpan PerHostMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest (decompressed) body accepted; larger responses fail. Default 10 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Redirects followed before giving up. Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Share of failed attempts to one host, within the sampling window, that opens its circuit. Default 0.5.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to one host needed in the sampling window before the breaker may open. Default 4.</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    /// <summary>How long a host's circuit stays open before one trial request. Default 30 s.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest fetches wait, in all, for an origin's open circuit to close before they fail, counted from
    /// the origin's last answer: the run's time budget for a site that is briefly down (a site that stays
    /// down costs this once, not once per page). Default 2 minutes; 0 fails at once.
    /// </summary>
    public TimeSpan MaxCircuitWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Lets fetches reach every address. Off (the default), a document reached from a public address
    /// never leads to a loopback, private, link-local or other special-purpose address; a source whose
    /// own URL is on such an address may reach addresses of the same kind.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Whether robots.txt is fetched and obeyed (Disallow and Crawl-delay). Default true.</summary>
    public bool RespectRobots { get; set; } = true;
}
