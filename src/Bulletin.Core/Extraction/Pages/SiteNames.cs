using System.Text;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// The names a site goes by on its own pages (og:site_name, application-name, JSON-LD WebSite and
/// publisher, the logo link's text) and its address, to tell the site's name from a headline:
/// "Karenni Voice Online" on karennivoice.org, "HRW" or "Human Rights Watch" on hrw.org.
/// </summary>
internal sealed class SiteNames
{
    private readonly List<string> _keys;
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);
    private readonly string? _hostLabel;
    private Func<string?>? _more;

    /// <param name="page">The page.</param>
    /// <param name="declared">A name the caller knows already (og:site_name).</param>
    /// <param name="more">A name that costs a look through the page (the logo link), asked for only when needed.</param>
    public SiteNames(PageDocument page, string? declared, Func<string?>? more = null)
    {
        _more = more;
        var names = new List<string?>
        {
            declared, page.Meta("og:site_name"), page.Meta("application-name"), page.Meta("apple-mobile-web-app-title"),
            page.JsonLd.FirstOrDefault(e => e.Is("WebSite"))?.Name,
        };
        names.AddRange(page.JsonLd.SelectMany(e => e.Publishers));
        _keys = names.Select(n => HeadlineKey.Of(n)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _hostLabel = HostLabel(page.Url);
    }

    /// <summary>True when <paramref name="text"/> is the site's name, or plainly its address or acronym.</summary>
    public bool Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_answers.TryGetValue(text, out var answer))
        {
            _answers[text] = answer = Decide(text);
        }

        return answer;
    }

    private bool Decide(string text)
    {
        var key = HeadlineKey.Of(text);
        if (key.Length == 0)
        {
            return false;
        }

        if (_keys.Contains(key, StringComparer.Ordinal))
        {
            return true;
        }

        if (_more is not null && HeadlineKey.Of(_more()) is { Length: > 0 } more)
        {
            _keys.Add(more);
            _more = null;
            if (more == key)
            {
                return true;
            }
        }

        _more = null;

        if (_hostLabel is not { } host)
        {
            return false;
        }

        // Only short names are read against the address: a headline that happens to share a word with it is not the site.
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6)
        {
            return false;
        }

        var compact = Compact(key);
        var initials = string.Concat(words.Where(w => char.IsLetterOrDigit(w[0])).Select(w => w[0]));
        var acronym = text.Trim().Length is >= 2 and <= 8 && text.Trim().All(char.IsUpper);
        // "Karenni Voice Online" on karennivoice.org: the address and a word or two ("online", "news").
        return (compact.Length >= 4 && compact.Length <= host.Length + 12 && compact.Contains(host, StringComparison.Ordinal))
            || (acronym && host.StartsWith(compact, StringComparison.Ordinal))
            || (words.Length >= 2 && initials == host);
    }

    // The main label of the host: "karennivoice" for www.karennivoice.org, "nugmyanmar" for mohr.nugmyanmar.org.
    private static string? HostLabel(Uri url)
    {
        if (url.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = url.Host.ToLowerInvariant().Split('.');
        var main = labels.Take(Math.Max(1, labels.Length - 1))
            .Where(l => l is not ("www" or "m" or "amp" or "co" or "com" or "org" or "gov" or "net" or "edu" or "ac" or "or" or "go"))
            .OrderByDescending(l => l.Length)
            .FirstOrDefault();
        return main is { Length: >= 3 } ? Compact(main) : null;
    }

    // Letters and digits only: "Karenni Voice Online" is "karennivoiceonline", to compare with an address.
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
