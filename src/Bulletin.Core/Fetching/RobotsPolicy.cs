using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Log fields use the project's stable snake_case names (url, status, ...), which CA1727 would rename.

namespace Bulletin.Core.Fetching;

/// <summary>
/// Fetches each site's robots.txt once (per origin: scheme, host and port) and keeps it for a day.
/// A 4xx means no rules; a 5xx or network failure also allows all, with a warning, because a flaky
/// robots.txt should not silently drop a week of statements.
/// </summary>
public sealed class RobotsPolicy
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string AgentToken = "Bulletin";

    // RFC 9309 asks crawlers to parse at least 500 KiB and to follow at least five redirects.
    private const int MaxRobotsBytes = 512 * 1024;
    private const int MaxRobotsRedirects = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Entry> cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly IHttpClientFactory clients;
    private readonly HostGate gate;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<RobotsPolicy> logger;

    public RobotsPolicy(IHttpClientFactory clients, HostGate gate, IOptions<FetchOptions> options, TimeProvider time, ILogger<RobotsPolicy> logger)
    {
        this.clients = clients;
        this.gate = gate;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>
    /// The robots.txt that governs <paramref name="url"/>, fetched through the client for <paramref name="reach"/>
    /// like the page itself; never fails except on cancellation.
    /// </summary>
    public async Task<RobotsFile> GetAsync(Uri url, AddressKind reach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        while (true)
        {
            var entry = CurrentEntry(origin, reach, cancellationToken);
            try
            {
                return await entry.File.Value.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another caller started the load and was cancelled; drop it and load on our own token.
                cache.TryRemove(KeyValuePair.Create(Key(origin, reach), entry));
            }
        }
    }

    // Per reach too: a robots.txt the guard refused for one fetch must not stand in for the file another may read.
    private static string Key(Uri origin, AddressKind reach) => $"{origin.AbsoluteUri} {reach}";

    private Entry CurrentEntry(Uri origin, AddressKind reach, CancellationToken cancellationToken)
    {
        var key = Key(origin, reach);
        var now = time.GetUtcNow();
        var fresh = new Entry(new Lazy<Task<RobotsFile>>(() => LoadAsync(origin, reach, cancellationToken)), now);
        var entry = cache.GetOrAdd(key, fresh);
        if (entry != fresh && now - entry.Loaded > Lifetime)
        {
            entry = cache.TryUpdate(key, fresh, entry) ? fresh : cache.GetOrAdd(key, fresh);
        }

        return entry;
    }

    private async Task<RobotsFile> LoadAsync(Uri origin, AddressKind reach, CancellationToken cancellationToken)
    {
        var url = new Uri(origin, "/robots.txt");
        var client = clients.CreateClient(FetchClients.Name(reach));
        try
        {
            for (var hop = 0; hop <= MaxRobotsRedirects; hop++)
            {
                using var lease = await gate.EnterAsync(url, null, cancellationToken);
                using var deadline = new CancellationTokenSource(options.AttemptTimeout, time);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
                using var request = OutgoingRequest.Get(url, options);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = new Uri(url, location);
                    continue;
                }

                if (status is >= 200 and < 300)
                {
                    var (bytes, _) = await ResponseBody.ReadAsync(response.Content, MaxRobotsBytes, timeout.Token);
                    return RobotsFile.Parse(Encoding.UTF8.GetString(bytes));
                }

                if (status is >= 400 and < 500)
                {
                    logger.LogDebug("No robots.txt at {url} (status {status}); all paths allowed", url, status);
                    return RobotsFile.AllowAll;
                }

                logger.LogWarning("robots.txt at {url} answered {status}; allowing all paths", url, status);
                return RobotsFile.AllowAll;
            }

            logger.LogWarning("robots.txt at {url} redirected more than {max} times; allowing all paths", origin, MaxRobotsRedirects);
            return RobotsFile.AllowAll;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "robots.txt at {url} could not be fetched; allowing all paths", url);
            return RobotsFile.AllowAll;
        }
    }

    private sealed record Entry(Lazy<Task<RobotsFile>> File, DateTimeOffset Loaded);
}
