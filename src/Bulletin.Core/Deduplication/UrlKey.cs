using System.Text;

namespace Bulletin.Core.Deduplication;

/// <summary>
/// The identity of an item: its canonical URL folded so that the copies sites and feeds hand out
/// (http/https, "www.", default ports, tracking parameters, trailing slashes, AMP and print views,
/// fragments) all give one key. The displayed URL stays as served; only the key is folded.
/// </summary>
public static class UrlKey
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src",
        "amp", "output", "print", "share", "source",
    };

    public static string For(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var builder = new StringBuilder("//").Append(host);
        if (!url.IsDefaultPort)
        {
            builder.Append(':').Append(url.Port);
        }

        builder.Append(FoldPath(url.AbsolutePath));
        var query = FoldQuery(url.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    /// <summary>True when both URLs name the same item.</summary>
    public static bool Same(Uri a, Uri b) => For(a) == For(b);

    private static string FoldPath(string path)
    {
        // Percent-escapes differ in case between feeds and pages ("%e1" vs "%E1"); compare decoded.
        path = Uri.UnescapeDataString(path);
        foreach (var view in (string[])["/amp", "/print", "/amp/", "/print/"])
        {
            if (path.EndsWith(view, StringComparison.OrdinalIgnoreCase) && path.Length > view.Length)
            {
                path = path[..^view.Length];
                break;
            }
        }

        path = path.TrimEnd('/');
        foreach (var index in (string[])["/index.html", "/index.htm", "/index.php"])
        {
            if (path.EndsWith(index, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^index.Length];
            }
        }

        return path.Length == 0 ? "/" : path;
    }

    private static string FoldQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal);
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
