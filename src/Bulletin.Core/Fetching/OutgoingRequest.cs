using System.Net.Http.Headers;

namespace Bulletin.Core.Fetching;

/// <summary>Builds the GET messages Bulletin sends, so every request carries the same identity.</summary>
internal static class OutgoingRequest
{
    public static HttpRequestMessage Get(Uri url, FetchOptions options, FetchRequest? conditions = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", conditions?.Accept ?? "*/*");
        if (conditions?.ETag is { Length: > 0 } etag)
        {
            // Sent exactly as the server gave it: weak validators (W/"...") are fine for If-None-Match.
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (conditions?.LastModified is { } lastModified)
        {
            message.Headers.IfModifiedSince = lastModified;
        }

        // The handler decompresses gzip, deflate and brotli; say so explicitly rather than rely on it.
        if (message.Headers.AcceptEncoding.Count == 0)
        {
            message.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            message.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
            message.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        }

        return message;
    }
}
