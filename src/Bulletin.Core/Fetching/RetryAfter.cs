using System.Net;

namespace Bulletin.Core.Fetching;

/// <summary>Reads the Retry-After a 429 or 503 carries, in either of its forms (seconds or an HTTP date).</summary>
internal static class RetryAfter
{
    /// <summary>How long the server asks us to wait, or null when the response does not ask.</summary>
    public static TimeSpan? Requested(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            // A date in the past (clock skew) means "now", not a negative wait.
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
