using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Bulletin.Core.Fetching;

/// <summary>Words for fetch failures: specific enough that an editor knows whether to wait, fix a URL or call the site.</summary>
internal static class FetchErrors
{
    public static string Status(int status, string? serverPhrase)
    {
        var phrase = ReasonPhrases.GetReasonPhrase(status);
        if (phrase.Length == 0)
        {
            phrase = serverPhrase ?? string.Empty;
        }

        return phrase.Length == 0 ? $"HTTP {status}" : $"HTTP {status} {phrase}";
    }

    public static string TimedOut(TimeSpan attemptTimeout, int attempts) => $"timed out after {Duration(attemptTimeout)}{Tries(attempts)}";

    public static string Network(string message, int attempts) => $"network error: {message}{Tries(attempts)}";

    public static string Robots(Uri url) => $"robots.txt disallows {url.PathAndQuery}";

    public static string TooManyRedirects(int redirects) => $"too many redirects ({redirects})";

    public static string CircuitOpen(string origin, TimeSpan waited) => waited > TimeSpan.Zero
        ? $"circuit open for {origin}: it failed repeatedly and was still failing after a wait of {Duration(waited)}"
        : $"circuit open for {origin}: it failed repeatedly";

    public static string NotResolved(string host, int attempts) => $"could not resolve host {host}{Tries(attempts)}";

    /// <summary>True when the failure is a DNS lookup that found no address ("not found" or "try again").</summary>
    public static bool IsNameNotFound(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }
                || e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.TryAgain or System.Net.Sockets.SocketError.NoData })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>" (3 attempts)" when retries happened; nothing for a single attempt.</summary>
    public static string Tries(int attempts) => attempts > 1 ? $" ({attempts} attempts)" : string.Empty;

    public static string Duration(TimeSpan value) =>
        value.TotalSeconds >= 1
            ? $"{value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"
            : $"{value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    public static string Bytes(long value) => value switch
    {
        >= 1024 * 1024 when value % (1024 * 1024) == 0 => $"{value / (1024 * 1024)} MiB",
        >= 1024 when value % 1024 == 0 => $"{value / 1024} KiB",
        _ => $"{value} bytes",
    };
}
