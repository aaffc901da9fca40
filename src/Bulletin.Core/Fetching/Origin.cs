namespace Bulletin.Core.Fetching;

/// <summary>
/// A URL's origin (scheme, host and port), the unit of politeness and resilience: two sites on one
/// address but different ports are different servers, and one failing must not stop the other.
/// </summary>
public static class Origin
{
    /// <summary>"http://127.0.0.1:8080", lower-case, the port always written.</summary>
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"{url.Scheme}://{url.IdnHost}:{url.Port}".ToLowerInvariant();
    }
}
