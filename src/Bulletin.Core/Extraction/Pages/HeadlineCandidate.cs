namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// One place a page names its headline (og:title, JSON-LD, h1, &lt;title&gt;), with the site's name
/// taken off either end, and the parts its separators divide it into, for comparing with the others.
/// </summary>
internal sealed class HeadlineCandidate
{
    // Separators between a headline and a site's name. A colon is not one: headlines use it ("Myanmar: …").
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " « ", " » ", " ~ ", " // "];

    private readonly string[] _partKeys;

    private HeadlineCandidate(string from, string text, string[] partKeys, string? key = null)
    {
        From = from;
        Text = text;
        Key = key ?? HeadlineKey.Of(text);
        _partKeys = partKeys;
    }

    /// <summary>Where it was read ("og:title", "JSON-LD headline", "h1", "title").</summary>
    public string From { get; }

    /// <summary>The candidate without the site's name.</summary>
    public string Text { get; }

    public string Key { get; }

    /// <summary>The candidate, or null when it is empty or only the site's name. <paramref name="clean"/> is text as the page readers give it (entities decoded, spaces collapsed).</summary>
    public static HeadlineCandidate? Of(string from, string? clean, SiteNames sites)
    {
        // Sites encode entities twice now and then ("&amp;#8211;"); a second decoding costs only when there is one.
        clean = clean is not null && clean.Contains('&', StringComparison.Ordinal) ? HtmlText.Clean(clean) : clean?.Trim();
        if (string.IsNullOrEmpty(clean) || sites.Names(clean))
        {
            return null;
        }

        if (!Separators.Any(s => clean.Contains(s, StringComparison.Ordinal)) && !clean.Contains(": ", StringComparison.Ordinal))
        {
            // Most headlines have no separator: nothing to take off either end.
            var key = HeadlineKey.Of(clean);
            return new HeadlineCandidate(from, clean, [key], key);
        }

        var parts = Split(clean);
        var partKeys = parts.Select(p => HeadlineKey.Of(p.Text)).ToArray();
        var (first, last) = (0, parts.Count - 1);
        while (last > first && sites.Names(parts[last].Text))
        {
            last--;
        }

        while (first < last && sites.Names(parts[first].Text))
        {
            first++;
        }

        var text = clean[parts[first].Start..(parts[last].Start + parts[last].Text.Length)].Trim();

        // "Blog name: Post title": a colon only parts the site's name from a headline when the name is the site's.
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && sites.Names(text[..colon]) && text.Length > colon + 2)
        {
            text = text[(colon + 2)..].Trim();
        }

        return new HeadlineCandidate(from, text, partKeys);
    }

    /// <summary>
    /// True when this candidate says what <paramref name="other"/> says: the same words, or, for a
    /// title a site's template writes (og:title, twitter:title, &lt;title&gt;), those words with
    /// something fixed to one end ("Headline – Site" confirms "Headline"). A headline in the page's
    /// own heading or JSON-LD that runs on past a shorter title ("Headline – a briefing") does not
    /// confirm the shorter one: the words after its dash are the headline's.
    /// </summary>
    public bool Confirms(HeadlineCandidate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Key.Length == 0)
        {
            return false;
        }

        return Key == other.Key
            || (IsTemplate && _partKeys.Length > 1 && (_partKeys[0] == other.Key || _partKeys[^1] == other.Key || Joined(0, _partKeys.Length - 1) == other.Key || Joined(1, _partKeys.Length) == other.Key));
    }

    private bool IsTemplate => From is "og:title" or "twitter:title" or "title";

    private string Joined(int from, int to) => string.Join(" | ", _partKeys[from..to]);

    private static List<(int Start, string Text)> Split(string text)
    {
        var parts = new List<(int Start, string Text)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var separator = Separators.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (separator is null)
            {
                i++;
                continue;
            }

            parts.Add((start, text[start..i]));
            i += separator.Length;
            start = i;
        }

        parts.Add((start, text[start..]));
        return parts.Where(p => p.Text.Trim().Length > 0).Select(p => (p.Start + (p.Text.Length - p.Text.TrimStart().Length), p.Text.Trim())).ToList();
    }
}
