using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Turns hrefs as pages write them into absolute URLs, and compares URLs the way sites vary them.</summary>
public static partial class Links
{
    /// <summary>
    /// True when two URLs are on one site: the same host, "www." aside, and the same port unless either is
    /// the scheme's default (a canonical written with https for a page served on another port is the same site).
    /// </summary>
    public static bool SameSite(Uri a, Uri b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(Bare(a.Host), Bare(b.Host), StringComparison.OrdinalIgnoreCase) && (a.Port == b.Port || a.IsDefaultPort || b.IsDefaultPort);
    }

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>An absolute http(s) URL for <paramref name="href"/>, or null for fragments, scripts and mail links.</summary>
    public static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var text = HtmlEntity.DeEntitize(href).Trim();
        if (text.Length == 0 || text.StartsWith('#')
            || text.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!Uri.TryCreate(baseUrl, text, out var absolute) || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return absolute;
    }

    /// <summary>True when two URLs name the same page, ignoring scheme, fragment and a trailing slash.</summary>
    public static bool SamePage(Uri a, Uri b) => Key(a) == Key(b);

    /// <summary>True when <paramref name="url"/> is a site or language home page ("/", "/en/", "/my").</summary>
    public static bool IsHomePage(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.IsNullOrEmpty(url.Query.TrimStart('?'))
            && (segments.Length == 0 || (segments.Length == 1 && LanguageSegment().IsMatch(segments[0])));
    }

    private static string Key(Uri url) =>
        (url.Host + url.AbsolutePath.TrimEnd('/') + url.Query).ToLowerInvariant();

    [GeneratedRegex(@"^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSegment();
}
