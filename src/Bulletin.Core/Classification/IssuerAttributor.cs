using Bulletin.Core.Classification.Attribution;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Classification.Naming;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction;
using Bulletin.Core.Extraction.Dates;
using Bulletin.Core.Extraction.Mentions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification;

/// <summary>
/// Names the body that issued an item the way editors write it. Every place the page, feed or
/// listing names a body is resolved (against the directory, or as a body new to it named from the
/// page) and weighed: what the statement says of itself (a source field, its signatories, letterhead,
/// first sentence, title, signature) outweighs who posted it (bylines, the site, the source's
/// default). The answer carries its reasons, a confidence, and the candidates it beat.
/// </summary>
public sealed partial class IssuerAttributor
{
    private readonly IssuerDirectory _directory;
    private readonly AttributionOptions _options;
    private readonly MentionResolver _resolver;

    public IssuerAttributor(IssuerDirectory directory, NamingData naming, AttributionOptions options)
    {
        _directory = directory;
        _options = options;
        _resolver = new MentionResolver(directory, naming, new OrganisationShape(naming), new BurmeseNames(naming));
    }

    /// <param name="evidence">The item.</param>
    /// <param name="learned">
    /// What editors credited this source's earlier items to, when they agree: it outranks the source's
    /// default and what only says who posted an item, never what the page says of itself.
    /// </param>
    public Attribution.Attribution Attribute(Evidence evidence, Decided<string>? learned = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var page = evidence.Page;
        var postsForOthers = evidence.Source.PublishesForOthers;
        var acronyms = page?.Acronyms ?? new Dictionary<string, string>();
        var scope = Scope(evidence);
        var votes = new Votes();

        Signatories(evidence, votes, acronyms, scope);
        var listed = (page?.Signatories ?? []).Select(IssuerName.Normalise).ToHashSet(StringComparer.Ordinal);
        Block(evidence, MentionSignal.Letterhead, listed, votes, acronyms, scope);
        Block(evidence, MentionSignal.Signature, listed, votes, acronyms, scope);
        foreach (var mention in Mentions(evidence).Where(m => m.Signal is not (MentionSignal.Letterhead or MentionSignal.Signature)))
        {
            // A badge group ("UNICEF · WFP · WHO") names co-issuers.
            var text = mention.Signal == MentionSignal.Badge ? mention.Text.Replace(" · ", ", ", StringComparison.Ordinal).Replace(" • ", ", ", StringComparison.Ordinal) : mention.Text;
            if (_resolver.Resolve(text, mention.Signal, acronyms, scope) is { } resolution)
            {
                votes.Add(resolution, SignalWeights.Of(mention.Signal, postsForOthers, coIssuers: resolution.Members.Count > 1), $"{mention.Detail} '{mention.Text}'", quote: mention.Text);
                if (SignalWeights.SaysWhoIssued(mention.Signal))
                {
                    votes.FromWords(resolution, explicitly: mention.Signal is MentionSignal.Title or MentionSignal.Opening or MentionSignal.SourceField);
                }
            }
        }

        if (page is not null && OriginalOwner(page) is { } owner)
        {
            votes.Add(Known(owner, "published on its site"), SignalWeights.OriginalSite, $"a copy of {page.OriginalUrl ?? page.Canonical}");
        }

        if (learned is not null)
        {
            votes.Add(new Resolution(learned.Value, learned.Reason, 1.0) { Known = _directory.Match(learned.Value) }, SignalWeights.LearnedHabit, signal: null, quote: learned.Quote);
        }

        if (SourceDefault(evidence, scope) is { } given)
        {
            votes.Add(given, postsForOthers ? SignalWeights.PostsForOthersDefault : SignalWeights.OwnChannelDefault, $"default issuer of source '{evidence.Source.Id}'", quote: evidence.Source.Issuer);
        }

        if (_directory.ForHost(evidence.Url.Host) is { } host && _directory.Match(evidence.Source.Issuer, scope) != host)
        {
            votes.Add(Known(host, $"owns {evidence.Url.Host}"), SignalWeights.SiteOwner, "site owner");
        }

        if (votes.IsEmpty)
        {
            var fallback = page?.SiteName ?? evidence.Source.DisplayName;
            return new Attribution.Attribution(fallback, $"no signal names an issuer; named after the site '{fallback}'", 0, [new IssuerCandidate(fallback, 0, ["the site's name"], false)]);
        }

        return votes.Decide();
    }

    /// <summary>
    /// The news outlet a page says wrote it (an "Author:" field, a byline, JSON-LD author naming an
    /// outlet the directory files as media), or null. Outlets report; their pages are news.
    /// </summary>
    public string? Outlet(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var authors = (evidence.Page?.Mentions ?? []).Where(m => m.Signal is MentionSignal.SourceField or MentionSignal.Byline or MentionSignal.Author)
            .Select(m => m.Text).Concat(evidence.Lead.Authors);
        return authors.Select(a => _directory.Match(a)).FirstOrDefault(i => i?.Category == IssuerCategory.Media)?.Name;
    }

    // A signer is printed as the list writes it, except an acronym the directory spells out and a
    // Burmese name, which gets its English one (EDITORIAL: a Burmese statement gets the English name).
    private static string SignerName(string listed, Resolution resolved) =>
        MyanmarScript.Contains(listed) ? resolved.Known?.DisplayName ?? resolved.Name
        : resolved.Known is not null && Abbreviated(listed) ? resolved.Known.DisplayName
        : listed;

    /// <summary>A joint statement's list: every name up to the threshold, else a count in the statement's words.</summary>
    private void Signatories(Evidence evidence, Votes votes, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope)
    {
        var names = evidence.Page?.Signatories.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names is not { Count: > 0 })
        {
            return;
        }

        var signers = names.Select(n => _resolver.Resolve(n, MentionSignal.SourceField, acronyms, scope) is { } r ? r with { Name = SignerName(n, r) } : new Resolution(n, "as listed", 1.0)).ToList();
        var resolution = names.Count > _options.SignatoryThreshold
            ? new Resolution(Counted(evidence, names.Count), $"{names.Count} signatories listed (more than {_options.SignatoryThreshold})", 1.0) { Collective = true, Members = signers }
            : new Resolution(CoIssuers.Join(signers.Select(m => m.Name).ToList()), $"{names.Count} signatories listed", 1.0) { Members = signers };

        votes.Add(resolution, SignalWeights.Signatories, "signatory list");
        votes.FromSignatories(resolution);
    }

    /// <summary>"59 Civil Society Organizations", or the statement's own words for its signatories when it counts them.</summary>
    private string Counted(Evidence evidence, int count)
    {
        foreach (var text in new[] { evidence.Title, evidence.Page?.Opening ?? "", evidence.Page?.BodyText ?? "" })
        {
            var match = IssuerPhrases.CountedSignatories().Match(BurmeseDigits.ToAscii(text));
            if (!match.Success)
            {
                match = IssuerPhrases.Undersigned().Match(text);
            }

            if (match.Success)
            {
                var what = Undersigned().Replace(match.Groups["what"].Value, string.Empty);
                return $"{count} {NameCase.Titled(what)}";
            }
        }

        return $"{count} {_options.CollectiveName}";
    }

    /// <summary>
    /// A letterhead or a signature read as a whole: a government and the ministries under it become
    /// "Government (Ministry A and Ministry B)"; other units of a named body ("Office of the
    /// Spokesperson") are part of it, not issuers of their own. A joint statement's list often ends the
    /// text; its names are signatories, not a signature.
    /// </summary>
    private void Block(Evidence evidence, MentionSignal signal, HashSet<string> listed, Votes votes, IReadOnlyDictionary<string, string> acronyms, IssuerScope scope)
    {
        // On a site that posts for others, its own name heading or closing the text is the site, not the item's issuer.
        var site = evidence.Source.PublishesForOthers ? IssuerName.Normalise(evidence.Page?.SiteName) : "";
        var lines = evidence.Page?.Mentions.Where(m => m.Signal == signal && !listed.Contains(IssuerName.Normalise(Numbering().Replace(m.Text, string.Empty))) && (site.Length == 0 || IssuerName.Normalise(m.Text) != site)).ToList() ?? [];

        // "Ministry of Human Rights | Ministry of Women, Youths and Children Affairs" on one line: each signs.
        var resolved = lines.Select(l => (Line: l, Resolution: _resolver.Resolve(l.Text.Replace(" | ", ", ", StringComparison.Ordinal), l.Signal, acronyms, scope)))
            .Select(x => x.Resolution is null && x.Line.Text.Length <= 60 && Unit().IsMatch(x.Line.Text)
                ? (x.Line, Resolution: new Resolution(x.Line.Text.Trim(), "a part named under its body", 0.5))
                : x)
            .Where(x => x.Resolution is not null)
            .SelectMany(x => x.Resolution!.Members.Count > 0 && !x.Resolution.Collective ? x.Resolution.Members.Select(m => (Line: x.Line with { Text = m.Name }, Resolution: (Resolution?)m)) : [x])
            .ToList();
        if (resolved.Count == 0)
        {
            return;
        }

        var what = signal == MentionSignal.Letterhead ? "letterhead" : "signature";
        var weight = SignalWeights.Of(signal, postsForOthers: false);

        // The parent is named in the block, or every unit in it is filed under one parent ("ministry A /
        // ministry B" signing on the government's site).
        var parent = resolved.Select(x => x.Resolution!.Known).FirstOrDefault(k => k is not null && k.Parent is null && resolved.Any(r => IsUnder(r.Resolution!, k)))
            ?? SharedParent(resolved.Select(r => r.Resolution!).ToList());
        if (parent is not null)
        {
            var units = resolved.Where(r => IsUnder(r.Resolution!, parent)).Select(r => r.Resolution!.Known?.Name ?? r.Resolution!.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var name = $"{parent.Name} ({CoIssuers.Join(units)})";
            var combined = new Resolution(name, $"{parent.Name} and {CoIssuers.Join(units)}", 1.0) { Known = units.Count == 1 ? resolved.First(r => IsUnder(r.Resolution!, parent)).Resolution!.Known : null };
            votes.Add(combined, weight, what, parent.Name);
            votes.FromWords(combined);
            return;
        }

        // Under a letterhead naming a body the directory knows, the other lines are its units ("Office of
        // the Spokesperson") or the document's number; at the end of the text, several bodies, each on
        // its line, sign together.
        var known = signal == MentionSignal.Letterhead && resolved.Any(r => r.Resolution!.Known is not null);
        var bodies = resolved.Where(r => !known || r.Resolution!.Known is not null)
            .Where((r, n) => n == 0 || r.Resolution!.Known is not null || !OfficeOf().IsMatch(r.Resolution.Name))
            .DistinctBy(r => IssuerName.Normalise(r.Resolution!.Name)).ToList();
        var together = signal == MentionSignal.Signature || bodies.Count(b => b.Resolution!.Known is not null) >= 2;
        if (together && bodies.Count >= 2 && bodies.All(b => b.Resolution!.Members.Count == 0 && !b.Resolution.Collective))
        {
            var joint = bodies.Count > _options.SignatoryThreshold
                ? new Resolution(Counted(evidence, bodies.Count), $"{bodies.Count} bodies sign together (more than {_options.SignatoryThreshold})", 1.0) { Collective = true, Members = [.. bodies.Select(b => b.Resolution!)] }
                : new Resolution(CoIssuers.Join(bodies.Select(b => AsWritten(b.Line.Text, b.Resolution!)).ToList()), $"{bodies.Count} bodies sign together", bodies.Min(b => b.Resolution!.Quality)) { Members = [.. bodies.Select(b => b.Resolution!)] };
            votes.Add(joint, weight, $"{what} of {bodies.Count} bodies");
            votes.FromWords(joint);
            votes.FromSignatories(joint);
            return;
        }

        // A body new to the directory with a department or district under it: "Body (Information Department)".
        var newBody = resolved.FirstOrDefault(r => r.Resolution!.Known is null && !r.Resolution.Collective && !Unit().IsMatch(r.Resolution.Name));
        var parts = resolved.Where(r => r.Resolution!.Known is null && r != newBody && IsUnitName(r.Resolution)).Select(r => r.Resolution!.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!known && newBody.Resolution is not null && parts.Count > 0)
        {
            var part = new Resolution($"{newBody.Resolution.Name} ({CoIssuers.Join(parts)})", $"{newBody.Resolution.Name} and {CoIssuers.Join(parts)}", newBody.Resolution.Quality);
            votes.Add(part, weight, what, newBody.Line.Text);
            votes.FromWords(part);
            return;
        }

        // A letterhead of bodies new to the directory: the first line is the body, the others its parts.
        foreach (var (line, resolution) in known || signal == MentionSignal.Signature ? bodies : bodies.Take(1))
        {
            votes.Add(resolution!, weight, $"{line.Detail} '{line.Text}'", quote: line.Text);
            votes.FromWords(resolution!);
        }
    }

    // Units the directory files under one parent, several of them in one block.
    private Issuer? SharedParent(IReadOnlyList<Resolution> resolutions)
    {
        var parents = resolutions.Select(r => r.Known).Where(k => k?.Parent is not null && k.EffectiveDisplay == IssuerDisplay.Bracketed).Select(k => k!.Parent!).Distinct(StringComparer.Ordinal).ToList();
        return parents.Count == 1 && resolutions.Count(r => r.Known?.Parent == parents[0]) >= 2 ? _directory.Named(parents[0]) : null;
    }

    // A co-issuer as the statement writes it, unless only as an acronym or in Burmese, where the directory's English name is what editors print.
    private static string AsWritten(string text, Resolution resolution) =>
        resolution.Known is not null && !Abbreviated(text) ? LeadingThe().Replace(text.Trim(), string.Empty) : resolution.Name;

    // A part of the letterhead's body that speaks for itself: one the directory files under it, or a
    // ministry, department, district or brigade it does not know ("Karen National Union / Mutraw District").
    private static bool IsUnder(Resolution resolution, Issuer parent) =>
        resolution.Known is { } k
            ? k.Parent is { } p && IssuerName.Normalise(p) == IssuerName.Normalise(parent.Name) && k.EffectiveDisplay == IssuerDisplay.Bracketed
            : IsUnitName(resolution);

    private static bool IsUnitName(Resolution resolution) => !resolution.Collective && resolution.Members.Count == 0 && Unit().IsMatch(resolution.Name);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Ministry|Ministries)\s+of\s|\s(?:Department|District|Brigade|Battalion)$")]
    private static partial System.Text.RegularExpressions.Regex Unit();

    private static IEnumerable<IssuerMention> Mentions(Evidence evidence)
    {
        foreach (var mention in evidence.Page?.Mentions ?? [])
        {
            yield return mention;
        }

        // Without a page, the lead's title is the only place the item names itself.
        if (evidence.Page is null)
        {
            foreach (var mention in MentionReader.FromTitle(evidence.Title))
            {
                yield return mention;
            }
        }

        foreach (var author in evidence.Lead.Authors)
        {
            yield return new IssuerMention(author, MentionSignal.FeedAuthor, "feed author");
        }

        // "Statement | Karenni Civil Society Network": an aggregator's label gives the kind, then the issuer.
        foreach (var part in evidence.Lead.Labels.SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            yield return new IssuerMention(part, MentionSignal.Label, "label");
        }
    }

    private Resolution? SourceDefault(Evidence evidence, IssuerScope scope)
    {
        var given = evidence.Source.Issuer;
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        return _directory.Match(given, scope) is { } issuer
            ? Known(issuer, $"'{given}'")
            : new Resolution(given, $"'{given}' (not in the directory)", 1.0);
    }

    /// <summary>The body whose site holds the original of a copy ("Source: hrw.org/…", a canonical elsewhere).</summary>
    private Issuer? OriginalOwner(PageFacts page) => OriginalCopy.Of(page) is { } original ? _directory.ForHost(original.Host) : null;

    /// <summary>The bodies the item is read beside: the site's owner, the source's issuer, and the known bodies its page names.</summary>
    private IssuerScope Scope(Evidence evidence)
    {
        var bodies = new List<Issuer?>
        {
            _directory.ForHost(evidence.Url.Host),
            _directory.ForHost(evidence.Source.Url.Host),
            _directory.Match(evidence.Source.Issuer),
        };
        foreach (var mention in evidence.Page?.Mentions ?? [])
        {
            bodies.Add(_directory.FindIn(mention.Text));
        }

        return new IssuerScope(bodies.OfType<Issuer>());
    }

    private static Resolution Known(Issuer issuer, string how) => new(issuer.DisplayName, how, 1.0) { Known = issuer };

    // A signatory written only as an acronym or in Burmese is printed with the directory's English name.
    private static bool Abbreviated(string name) =>
        !name.Trim().Contains(' ', StringComparison.Ordinal) || MyanmarScript.Contains(name);

    // "General Secretary's Office", "Information Desk" under a body's name in its signature: a part of it.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:Office|Secretariat|Desk|Unit|Department|Team)|'s Office)$")]
    private static partial System.Text.RegularExpressions.Regex OfficeOf();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bundersigned\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Undersigned();

    [System.Text.RegularExpressions.GeneratedRegex(@"^the\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LeadingThe();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,4}|[၀-၉]{1,4})\s*[.)၊]\s*")]
    private static partial System.Text.RegularExpressions.Regex Numbering();
}
