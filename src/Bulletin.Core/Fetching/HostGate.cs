using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Fetching;

/// <summary>
/// Keeps Bulletin polite to each origin (scheme, host and port, as robots.txt is): at most
/// <see cref="FetchOptions.PerHostConcurrency"/> requests in flight and at least
/// <see cref="FetchOptions.PerHostMinDelay"/> (or a larger Crawl-delay) between request starts.
/// Every request to an origin passes through here, retries and robots.txt included.
/// </summary>
public sealed class HostGate
{
    /// <summary>A robots.txt Crawl-delay beyond this is capped, so one site cannot stall a weekly run for hours.</summary>
    public static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, HostSlot> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly FetchOptions options;
    private readonly TimeProvider time;

    public HostGate(IOptions<FetchOptions> options, TimeProvider time)
    {
        this.options = options.Value;
        this.time = time;
    }

    /// <summary>
    /// Waits for a free slot and for the host's spacing, then returns a lease to dispose when the response
    /// (body included) has been read.
    /// </summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan? crawlDelay, CancellationToken cancellationToken)
    {
        var slot = hosts.GetOrAdd(Origin.Of(url), _ => new HostSlot(options.PerHostConcurrency));
        await slot.InFlight.WaitAsync(cancellationToken);
        try
        {
            var spacing = Spacing(crawlDelay);
            DateTimeOffset start;
            lock (slot)
            {
                // Reserve the next start time under the lock so concurrent callers queue one spacing apart.
                var now = time.GetUtcNow();
                start = slot.LastStart is { } last && last + spacing > now ? last + spacing : now;
                slot.LastStart = start;
            }

            var wait = start - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new Lease(slot.InFlight);
        }
        catch
        {
            slot.InFlight.Release();
            throw;
        }
    }

    private TimeSpan Spacing(TimeSpan? crawlDelay)
    {
        var robots = crawlDelay is { } d ? (d > MaxCrawlDelay ? MaxCrawlDelay : d) : TimeSpan.Zero;
        return robots > options.PerHostMinDelay ? robots : options.PerHostMinDelay;
    }

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim InFlight { get; } = new(concurrency, concurrency);

        public DateTimeOffset? LastStart { get; set; }
    }

    private sealed class Lease(SemaphoreSlim inFlight) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                inFlight.Release();
            }
        }
    }
}
