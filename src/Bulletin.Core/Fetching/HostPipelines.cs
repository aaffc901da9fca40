using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

// Log fields use the project's stable snake_case names (url, status, ...), which CA1727 would rename.

namespace Bulletin.Core.Fetching;

/// <summary>
/// The Polly pipelines around each request: retry and a circuit breaker per origin (scheme, host and port,
/// so one failing site does not trip others, even on the same address), and a per-attempt timeout applied after the host gate admits the attempt, so time spent
/// queueing politely is never mistaken for a slow server.
/// </summary>
internal sealed class HostPipelines : IDisposable
{
    /// <summary>The URL being fetched, carried in the resilience context for logging.</summary>
    public static readonly ResiliencePropertyKey<Uri> UrlKey = new("bulletin.url");

    private readonly ResiliencePipelineRegistry<string> registry = new();
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public HostPipelines(FetchOptions options, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        AttemptTimeout = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Cancels one attempt (headers and body) after <see cref="FetchOptions.AttemptTimeout"/>.</summary>
    public ResiliencePipeline AttemptTimeout { get; }

    /// <summary>Retry and circuit breaker for one origin (<see cref="Origin.Of"/>), built on first use.</summary>
    public ResiliencePipeline<HttpResponseMessage> For(string origin) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(origin, (builder, context) => Configure(builder, context.PipelineKey));

    /// <summary>Status codes worth asking again: the server may well answer next time.</summary>
    public static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>True when the server asks us to come back later than we are willing to wait.</summary>
    public bool AsksTooLongAWait(HttpResponseMessage response, out TimeSpan requested)
    {
        requested = RetryAfter.Requested(response, time.GetUtcNow()) ?? TimeSpan.Zero;
        return requested > options.MaxRetryAfter;
    }

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string origin)
    {
        builder.TimeProvider = time;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(IsWorthRetrying)
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode) && !AsksTooLongAWait(r, out _)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.Requested(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    logger.LogInformation(
                        "Retrying {url} in {delay_ms} ms after attempt {attempt}: {status}",
                        args.Context.Properties.GetValue(UrlKey, null!),
                        (long)args.RetryDelay.TotalMilliseconds,
                        args.AttemptNumber + 1,
                        args.Outcome.Result is { } r ? (int)r.StatusCode : args.Outcome.Exception?.GetType().Name);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            BreakDuration = options.BreakerBreakDuration,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>(IsWorthRetrying)
                .Handle<IOException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(r => IsTransient(r.StatusCode)),
            OnOpened = args =>
            {
                logger.LogWarning("Circuit opened for {origin} for {break_s} s", origin, args.BreakDuration.TotalSeconds);
                return default;
            },
        });
    }

    /// <summary>
    /// A refused address or a name that does not exist answers the same however often it is asked; such
    /// failures are neither retried nor counted against the origin's circuit.
    /// </summary>
    private static bool IsWorthRetrying(HttpRequestException exception) =>
        !AddressGuard.IsRefusal(exception, out _) && exception.HttpRequestError != HttpRequestError.NameResolutionError;

    public void Dispose() => registry.Dispose();
}
