using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Extraction.Dates;

namespace Bulletin.Core.Classification;

/// <summary>
/// Names the issuing body of an item the way editors write it, trusting signals in this order:
/// a signatories list on the page, a "Statement by …" title, an opening "X condemns …", an
/// organisation line atop the body, the source's default issuer, the page's structured
/// author or publisher, the site's own name and domain. Every answer carries its reason.
/// </summary>
public sealed class IssuerAttributor(IssuerDirectory directory, AttributionOptions options)
{
    /// <param name="evidence">The item.</param>
    /// <param name="learned">
    /// What editors credited this source's earlier items to, when they agree: it outranks the source's
    /// default and every weaker signal, but never what the page itself says.
    /// </param>
    public Decided<string> Attribute(Evidence evidence, Decided<string>? learned = null)
    {
        return FromSignatories(evidence)
            ?? FromTitle(evidence)
            ?? FromOpening(evidence)
            ?? FromOrganisationLine(evidence)
            ?? FromOriginal(evidence)
            ?? learned
            ?? FromSourceDefault(evidence)
            ?? FromStructuredData(evidence)
            ?? FromSite(evidence);
    }

    private Decided<string>? FromSignatories(Evidence evidence)
    {
        var names = evidence.Page?.Signatories.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names is not { Count: > 0 })
        {
            return null;
        }

        if (names.Count > options.SignatoryThreshold)
        {
            return new(Counted(evidence, names.Count), $"{names.Count} signatories listed on the page (more than {options.SignatoryThreshold})");
        }

        return new(Join(names.Select(Written).ToList()), $"{names.Count} signatories listed on the page");
    }

    /// <summary>"59 Civil Society Organizations", or the statement's own words for its signatories when it counts them.</summary>
    private string Counted(Evidence evidence, int count)
    {
        foreach (var text in new[] { evidence.Title, evidence.Page?.Opening ?? "" })
        {
            var match = IssuerPhrases.CountedSignatories().Match(BurmeseDigits.ToAscii(text));
            if (match.Success)
            {
                return $"{count} {match.Groups["what"].Value}";
            }
        }

        return $"{count} {options.CollectiveName}";
    }

    private Decided<string>? FromTitle(Evidence evidence)
    {
        var match = IssuerPhrases.StatementBy().Match(evidence.Title);
        if (match.Success && Named(match.Groups["who"].Value) is { } who)
        {
            return new(who, $"title names the issuer: '{match.Value.Trim()}'") { Quote = match.Value.Trim() };
        }

        match = IssuerPhrases.SubjectVerb().Match(evidence.Title);
        if (match.Success && Named(match.Groups["who"].Value) is { } subject)
        {
            return new(subject, $"title names who speaks: '{match.Value.Trim()}'") { Quote = match.Value.Trim() };
        }

        match = IssuerPhrases.NamedStatement().Match(evidence.Title);
        if (match.Success && NamedAtStart(match.Groups["who"].Value) is { } body)
        {
            return new(body, $"title names whose statement it is: '{match.Value.Trim()}'") { Quote = match.Value.Trim() };
        }

        // Burmese writes the body first: "<body> ၏ ထုတ်ပြန်ချက်".
        match = IssuerPhrases.BurmeseStatementOf().Match(evidence.Title);
        return match.Success && (Named(match.Groups["who"].Value)?.Trim() is { } named ? named : directory.FindIn(match.Groups["who"].Value)?.DisplayName) is { } burmese
            ? new(burmese, $"title names whose statement it is: '{match.Value.Trim()}'") { Quote = match.Value.Trim() }
            : null;
    }

    /// <summary>The longest run of opening words that names a body: "G7 Foreign Ministers" names the G7.</summary>
    private string? NamedAtStart(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n >= 1; n--)
        {
            if (Named(string.Join(' ', words.Take(n))) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy that names its original on a known body's site ("Source: hrw.org/…", a canonical link) is
    /// that body's, even on a channel whose default issuer is its own publisher.
    /// </summary>
    private Decided<string>? FromOriginal(Evidence evidence)
    {
        var page = evidence.Page;
        var original = page?.OriginalUrl ?? page?.Canonical;
        if (original is null || string.Equals(original.Host, page!.Url.Host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return directory.ForHost(original.Host) is { } owner
            ? new(owner.DisplayName, $"a copy of {original}, published on the site of {owner.Name}")
            : null;
    }

    private Decided<string>? FromOpening(Evidence evidence)
    {
        var opening = evidence.Page?.Opening;
        if (string.IsNullOrWhiteSpace(opening))
        {
            return null;
        }

        var match = IssuerPhrases.SubjectVerb().Match(opening);
        return match.Success && Named(match.Groups["who"].Value) is { } who
            ? new(who, $"opening names who speaks: '{match.Value.Trim()}'") { Quote = match.Value.Trim() }
            : null;
    }

    private Decided<string>? FromOrganisationLine(Evidence evidence)
    {
        var line = evidence.Page?.OrganisationLine;
        return line is not null && directory.FindIn(line) is { } issuer
            ? new(issuer.DisplayName, $"organisation line on the page: '{line}'") { Quote = line }
            : null;
    }

    private Decided<string>? FromSourceDefault(Evidence evidence)
    {
        var given = evidence.Source.Issuer;
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        return directory.Match(given) is { } issuer
            ? new(issuer.DisplayName, $"default issuer of source '{evidence.Source.Id}' ('{given}')") { Quote = given }
            : new(given, $"default issuer of source '{evidence.Source.Id}' (not in the directory)") { Quote = given };
    }

    private Decided<string>? FromStructuredData(Evidence evidence)
    {
        var page = evidence.Page;
        var named = (page?.Authors.Select(a => (a.Value, a.From)) ?? [])
            .Concat(evidence.Lead.Authors.Select(a => (Value: a, From: "feed author")))
            .Concat((page?.Publishers ?? []).Select(p => (Value: p, From: "JSON-LD publisher")));
        foreach (var (name, from) in named)
        {
            if (directory.Match(name) is { } issuer)
            {
                return new(issuer.DisplayName, $"{from} '{name}'") { Quote = name };
            }
        }

        return null;
    }

    private Decided<string> FromSite(Evidence evidence)
    {
        var siteName = evidence.Page?.SiteName;
        if (siteName is not null && directory.Match(siteName) is { } named)
        {
            return new(named.DisplayName, $"site name '{siteName}'") { Quote = siteName };
        }

        if (directory.ForHost(evidence.Url.Host) is { } owner)
        {
            return new(owner.DisplayName, $"site owner of {evidence.Url.Host}");
        }

        var fallback = siteName ?? evidence.Source.DisplayName;
        return new(fallback, $"no known issuer; named after the site '{fallback}'") { Quote = fallback };
    }

    /// <summary>One body, or co-issuers joined as editors write them, when every name is known.</summary>
    private string? Named(string text)
    {
        text = text.Trim().TrimEnd('.', ',');
        if (directory.Match(text) is { } single)
        {
            return single.DisplayName;
        }

        var parts = IssuerPhrases.CoIssuerSeparator().Split(text).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var issuers = parts.Select(directory.Match).ToList();
        return issuers.All(i => i is not null) ? Join(issuers.Select(i => i!.DisplayName).ToList()) : null;
    }

    /// <summary>
    /// A signatory as the statement writes it, unless it is written only as an abbreviation or in
    /// another script, where the directory's canonical English name is what editors print.
    /// </summary>
    private string Written(string name)
    {
        var bare = name.Trim();
        var abbreviated = !bare.Contains(' ', StringComparison.Ordinal) || bare.Any(c => c is >= '\u1000' and <= '\u109F');
        return abbreviated && directory.Match(bare) is { } issuer ? issuer.DisplayName : bare;
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
