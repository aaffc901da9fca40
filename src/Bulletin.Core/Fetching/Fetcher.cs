using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

// Log fields use the project's stable snake_case names (url, status, ...), which CA1727 would rename.

namespace Bulletin.Core.Fetching;

/// <summary>
/// Fetches pages politely and resiliently: obeys robots.txt on every hop, follows redirects itself (capped),
/// retries transient failures, and reports problems as a specific <see cref="FetchResult.Error"/> rather than
/// throwing. Only cancellation of the caller's token throws.
/// </summary>
public sealed class Fetcher : IDisposable
{
    /// <summary>Name of the HttpClient registered for fetching public addresses (no auto-redirect, decompression on); see <see cref="FetchClients"/>.</summary>
    public const string HttpClientName = "Bulletin.Fetch";

    private readonly RobotsPolicy robots;
    private readonly AddressGuard guard;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<Fetcher> logger;
    private readonly HostPipelines pipelines;
    private readonly ResilientSender sender;

    // Time fetches have spent waiting on each origin's open circuit since it last answered: the
    // budget is per outage, so a dead site with many pages costs one MaxCircuitWait, not one per page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> outageWaits = new(StringComparer.Ordinal);

    public Fetcher(IHttpClientFactory clients, RobotsPolicy robots, HostGate gate, AddressGuard guard, IOptions<FetchOptions> options, TimeProvider time, ILogger<Fetcher> logger)
    {
        this.robots = robots;
        this.guard = guard;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        pipelines = new HostPipelines(this.options, time, logger);
        sender = new ResilientSender(clients, gate, pipelines, this.options);
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var outcome = await FollowAsync(request, cancellationToken);
        var result = outcome with { Duration = time.GetElapsedTime(started) };
        if (result.IsSuccess)
        {
            logger.LogDebug("Fetched {url} status {status} bytes {bytes} in {duration_ms} ms", result.FinalUrl, result.Status, result.Bytes, (long)result.Duration.TotalMilliseconds);
        }
        else
        {
            logger.LogInformation("Could not fetch {url}: {error}", result.FinalUrl, result.Error);
        }

        return result;
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var attempts = 0;
        var waited = TimeSpan.Zero;
        var reach = await guard.ReachOfAsync(request.Origin ?? request.Url, cancellationToken);
        for (var redirects = 0; ; redirects++)
        {
            var failed = new FetchResult { RequestedUrl = request.Url, FinalUrl = url, Attempts = attempts, CircuitWait = waited };
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                return failed with { Error = $"unsupported URL scheme {url.Scheme}" };
            }

            TimeSpan? crawlDelay = null;
            if (options.RespectRobots)
            {
                var file = await robots.GetAsync(url, reach, cancellationToken);
                if (!file.IsAllowed(RobotsPolicy.AgentToken, url))
                {
                    return failed with { BlockedByRobots = true, Error = FetchErrors.Robots(url) };
                }

                crawlDelay = file.CrawlDelay(RobotsPolicy.AgentToken);
            }

            var hop = new Hop(url, request, crawlDelay, reach);
            HttpResponseMessage response;
            while (true)
            {
                try
                {
                    response = await sender.SendAsync(hop, cancellationToken);
                    if (!HostPipelines.IsTransient(response.StatusCode))
                    {
                        outageWaits.TryRemove(Origin.Of(url), out _);
                    }

                    break;
                }
                catch (BrokenCircuitException open) when (CircuitWait(open, Origin.Of(url)) is { } wait)
                {
                    // The origin failed recently; waiting for its trial request beats dropping the source for the run.
                    logger.LogInformation("Waiting {wait_ms} ms for the circuit of {origin} to close before {url}", (long)wait.TotalMilliseconds, Origin.Of(url), url);
                    await Task.Delay(wait, time, cancellationToken);
                    waited += wait;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    return failed with { Attempts = attempts + hop.Attempts, CircuitWait = waited, Error = Describe(ex, url, hop.Attempts, waited) };
                }
            }

            attempts += hop.Attempts;
            using (response)
            {
                if (!IsRedirect(response.StatusCode))
                {
                    return await ResultAsync(request, url, response, hop.Attempts) with { Attempts = attempts, CircuitWait = waited };
                }

                if (response.Headers.Location is not { } location)
                {
                    var status = FetchErrors.Status((int)response.StatusCode, response.ReasonPhrase);
                    return failed with { Attempts = attempts, Status = (int)response.StatusCode, Error = $"{status} without a Location header" };
                }

                if (redirects == options.MaxRedirects)
                {
                    return failed with { Attempts = attempts, Status = (int)response.StatusCode, Error = FetchErrors.TooManyRedirects(redirects + 1) };
                }

                url = new Uri(url, location);
            }
        }
    }

    private async Task<FetchResult> ResultAsync(FetchRequest request, Uri url, HttpResponseMessage response, int hopAttempts)
    {
        var status = (int)response.StatusCode;
        var result = new FetchResult
        {
            RequestedUrl = request.Url,
            FinalUrl = url,
            Status = status,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ContentLocation = ContentLocation(response, url),
            ETag = RawETag(response),
            LastModified = response.Content.Headers.LastModified,
        };

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            // A 304 may omit validators; the caller's still describe its copy.
            return result with { NotModified = true, ETag = result.ETag ?? request.ETag, LastModified = result.LastModified ?? request.LastModified };
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = FetchErrors.Status(status, response.ReasonPhrase);
            if (pipelines.AsksTooLongAWait(response, out var requested))
            {
                error += $"; Retry-After {FetchErrors.Duration(requested)} exceeds the {FetchErrors.Duration(options.MaxRetryAfter)} limit";
            }

            return result with { Error = error + FetchErrors.Tries(hopAttempts) };
        }

        // The sender has already read the body within the size limit: take its bytes rather than a copy.
        var body = response.Content is BufferedBody buffered ? buffered.Bytes : await response.Content.ReadAsByteArrayAsync();
        return result with { Body = body, Bytes = body.LongLength };
    }

    /// <summary>How long to wait for an open circuit before trying again, or null when the origin's wait budget is spent.</summary>
    private TimeSpan? CircuitWait(BrokenCircuitException open, string origin)
    {
        // A circuit isolated by hand says nothing of when it closes; a break is the longest it stays open.
        var wait = open.RetryAfter is { } after && after > TimeSpan.Zero ? after : options.BreakerBreakDuration;
        return outageWaits.AddOrUpdate(origin, wait, (_, spent) => spent + wait) <= options.MaxCircuitWait ? wait : null;
    }

    private string Describe(Exception ex, Uri url, int hopAttempts, TimeSpan waited) => ex switch
    {
        _ when AddressGuard.IsRefusal(ex, out var refusal) => refusal!,
        _ when FetchErrors.IsNameNotFound(ex) => FetchErrors.NotResolved(url.IdnHost, hopAttempts),
        TimeoutRejectedException => FetchErrors.TimedOut(options.AttemptTimeout, hopAttempts),
        BrokenCircuitException => FetchErrors.CircuitOpen(Origin.Of(url), waited),
        ResponseTooLargeException tooLarge => tooLarge.Message,
        HttpRequestException or IOException => FetchErrors.Network(ex.InnerException?.Message ?? ex.Message, hopAttempts),
        _ => $"{ex.GetType().Name}: {ex.Message}{FetchErrors.Tries(hopAttempts)}",
    };

    // Raw rather than parsed: some servers send unquoted ETags, which still work when echoed back verbatim.
    private static string? RawETag(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    // Only http(s) can serve as a document's base; anything else ("javascript:...") is dropped.
    private static Uri? ContentLocation(HttpResponseMessage response, Uri url) =>
        response.Content.Headers.ContentLocation is { } declared
        && Uri.TryCreate(url, declared, out var location)
        && (location.Scheme == Uri.UriSchemeHttp || location.Scheme == Uri.UriSchemeHttps)
            ? location
            : null;

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    public void Dispose() => pipelines.Dispose();
}
