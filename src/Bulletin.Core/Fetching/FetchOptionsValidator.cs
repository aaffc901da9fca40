using Microsoft.Extensions.Options;

namespace Bulletin.Core.Fetching;

/// <summary>Rejects fetch settings that would misbehave, naming the setting and a sensible value.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    private const string Prefix = FetchOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.UserAgent) || options.UserAgent.Any(char.IsControl))
        {
            failures.Add($"{Prefix}UserAgent must be a single non-empty line that identifies the newsroom; set it to e.g. \"Bulletin/1.0 (+https://example.org/contact)\"");
        }

        Span(failures, nameof(options.AttemptTimeout), options.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), "1 second and 5 minutes", "00:00:15");
        Range(failures, nameof(options.MaxRetries), options.MaxRetries, 0, 10, "3");
        Span(failures, nameof(options.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1), "0 and 1 minute", "00:00:01");
        Span(failures, nameof(options.MaxRetryAfter), options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1), "0 and 1 hour", "00:01:00");
        Range(failures, nameof(options.PerHostConcurrency), options.PerHostConcurrency, 1, 16, "2");
        Span(failures, nameof(options.PerHostMinDelay), options.PerHostMinDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1), "0 and 1 minute", "00:00:01");
        if (options.MaxResponseBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add($"{Prefix}MaxResponseBytes must be between 1024 (1 KiB) and 1073741824 (1 GiB); set it to e.g. 10485760");
        }

        Range(failures, nameof(options.MaxRedirects), options.MaxRedirects, 0, 20, "5");
        if (!(options.BreakerFailureRatio > 0 && options.BreakerFailureRatio <= 1))
        {
            failures.Add($"{Prefix}BreakerFailureRatio must be greater than 0 and at most 1; set it to e.g. 0.5");
        }

        // Polly's circuit breaker refuses a throughput below 2 and a break under half a second.
        Range(failures, nameof(options.BreakerMinimumThroughput), options.BreakerMinimumThroughput, 2, 1000, "4");
        Span(failures, nameof(options.BreakerBreakDuration), options.BreakerBreakDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), "1 second and 1 hour", "00:00:30");
        Span(failures, nameof(options.MaxCircuitWait), options.MaxCircuitWait, TimeSpan.Zero, TimeSpan.FromHours(1), "0 and 1 hour", "00:02:00");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Span(List<string> failures, string setting, TimeSpan value, TimeSpan min, TimeSpan max, string bounds, string example)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}{setting} must be between {bounds}; set it to e.g. {example}");
        }
    }

    private static void Range(List<string> failures, string setting, int value, int min, int max, string example)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}{setting} must be between {min} and {max}; set it to e.g. {example}");
        }
    }
}
