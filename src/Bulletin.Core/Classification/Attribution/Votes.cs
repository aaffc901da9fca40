using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Core.Classification.Attribution;

/// <summary>
/// The names signals put forward for one item, each with the weight of every signal behind it. A body
/// and its own sub-body agree (the sub-body is the more exact answer), and a collective named in the
/// title stands for the signatories it lists.
/// </summary>
internal sealed class Votes
{
    private readonly Dictionary<string, Vote> _votes = new(StringComparer.Ordinal);
    private int _order;

    public bool IsEmpty => _votes.Count == 0;

    /// <summary>Counts <paramref name="weight"/> times the resolution's quality for the name it resolved to.</summary>
    /// <param name="resolution">What a mention (or the source, or editors' habit) names.</param>
    /// <param name="weight">How much the signal says about who issued the item.</param>
    /// <param name="signal">What named it, put before the resolution's own reason; null when that reason says it all.</param>
    /// <param name="parent">The body a combined sub-body belongs to, when the resolution does not carry it.</param>
    /// <param name="quote">The words as the page wrote them, kept from the strongest signal behind the name.</param>
    public void Add(Resolution resolution, double weight, string? signal, string? parent = null, string? quote = null)
    {
        var key = IssuerName.Normalise(resolution.Name);
        if (key.Length == 0)
        {
            return;
        }

        if (!_votes.TryGetValue(key, out var vote))
        {
            _votes[key] = vote = new Vote(resolution, _order++) { Parent = parent ?? resolution.Known?.Parent };
        }

        if (quote is not null && weight * resolution.Quality > vote.Strongest)
        {
            (vote.Quote, vote.Strongest) = (quote, weight * resolution.Quality);
        }

        vote.Score += weight * resolution.Quality;
        vote.Signals.Add(signal is null ? resolution.How : $"{signal}: {resolution.How}");
    }

    public Attribution Decide()
    {
        MergeParents();
        MergeShortForms();
        MergeCollectives();
        MergeMembers();
        var ranked = _votes.Values.OrderByDescending(v => v.Score).ThenBy(v => v.Order).ToList();
        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        var confidence = top.Score / (top.Score + second) * Math.Min(1, top.Score / 5);
        var candidates = ranked.Select(v => new IssuerCandidate(v.Resolution.Name, Math.Round(v.Score, 2), v.Signals, v.Resolution.Known is not null)).ToList();
        return new Attribution(top.Resolution.Name, string.Join("; ", top.Signals), Math.Round(confidence, 2), candidates) { NamedByThePage = top.FromWords || top.FromSignatories, Quote = top.Quote };
    }

    // "National Unity Government" (the source) and "National Unity Government (Ministry of Human Rights)"
    // (the letterhead) are one answer: the ministry, with the parent's weight behind it.
    private void MergeParents()
    {
        foreach (var child in _votes.Values.Where(v => v.Parent is not null).ToList())
        {
            var parentKey = IssuerName.Normalise(child.Parent);
            // When the page itself names the parent as the issuer ("Statement of the National Unity
            // Government …" on a ministry's site), the parent is the answer, not support for its part.
            if (_votes.TryGetValue(parentKey, out var parent) && parent != child && !parent.Explicit && child.Resolution.Name.StartsWith(parent.Resolution.Name, StringComparison.OrdinalIgnoreCase))
            {
                child.Score += parent.Score;
                child.Signals.AddRange(parent.Signals.Select(s => $"{s} (its parent)"));
                _votes.Remove(parentKey);
            }
        }
    }

    // "The Interim Executive Council announces …" beside the label "Karenni State Interim Executive
    // Council": a new name that is part of a longer one the page gives is the same body, shortened.
    private void MergeShortForms()
    {
        foreach (var (key, vote) in _votes.Where(v => v.Value.Resolution.Known is null && v.Value.Resolution.Members.Count == 0).ToList())
        {
            var longer = _votes.Where(o => o.Key != key && o.Key.Length > key.Length && (" " + o.Key + " ").Contains(" " + key + " ", StringComparison.Ordinal) && o.Value.Resolution.Members.Count == 0)
                .OrderByDescending(o => o.Value.Score).Select(o => o.Value).FirstOrDefault();
            if (longer is not null)
            {
                longer.Score += vote.Score;
                longer.Signals.AddRange(vote.Signals.Select(s => $"{s} (a short form of {longer.Resolution.Name})"));
                _votes.Remove(key);
            }
        }
    }

    // "Joint Statement by the Women's Rights Organizations of Burma" with 18 signatories is by the
    // collective its title names, not by "18 Civil Society Organizations".
    private void MergeCollectives()
    {
        var collective = _votes.Values.Where(v => v.Resolution.Collective && v.FromWords).OrderByDescending(v => v.Score).FirstOrDefault();
        if (collective is null)
        {
            return;
        }

        foreach (var (key, list) in _votes.Where(kv => kv.Value.FromSignatories && kv.Value != collective).ToList())
        {
            collective.Score += list.Score;
            collective.Signals.Add($"its {list.Resolution.Name} are the collective the statement names");
            _votes.Remove(key);
        }
    }

    // A page signed by several bodies is theirs together: the one whose channel it is, or whose name
    // heads it, is one of the signers, and its weight goes to the joint statement.
    private void MergeMembers()
    {
        foreach (var joint in _votes.Values.Where(v => v.Resolution.Members.Count > 1).OrderByDescending(v => v.Score).ToList())
        {
            foreach (var member in joint.Resolution.Members.Select(m => IssuerName.Normalise(m.Known?.DisplayName ?? m.Name)).Concat(joint.Resolution.Members.Select(m => IssuerName.Normalise(m.Name))).Distinct(StringComparer.Ordinal).ToList())
            {
                if (_votes.TryGetValue(member, out var single) && single != joint && single.Resolution.Members.Count == 0)
                {
                    joint.Score += single.Score;
                    joint.Signals.AddRange(single.Signals.Select(s => $"{s} (one of the signers)"));
                    _votes.Remove(member);
                }
            }
        }
    }

    /// <summary>Marks the last vote added as coming from the signatory list.</summary>
    public void FromSignatories(Resolution resolution)
    {
        if (_votes.TryGetValue(IssuerName.Normalise(resolution.Name), out var vote))
        {
            vote.FromSignatories = true;
        }
    }

    /// <summary>
    /// Marks a vote as the statement's own words for itself (title, opening, field, letterhead, signature);
    /// <paramref name="explicitly"/> when the words say it issued the item ("Statement of X", "X condemns",
    /// "Source: X"), not only that it heads or signs the text.
    /// </summary>
    public void FromWords(Resolution resolution, bool explicitly = false)
    {
        if (_votes.TryGetValue(IssuerName.Normalise(resolution.Name), out var vote))
        {
            vote.FromWords = true;
            vote.Explicit |= explicitly;
        }
    }

    private sealed class Vote(Resolution resolution, int order)
    {
        public Resolution Resolution { get; } = resolution;

        public int Order { get; } = order;

        public string? Parent { get; init; }

        public double Score { get; set; }

        public List<string> Signals { get; } = [];

        public bool FromSignatories { get; set; }

        public bool FromWords { get; set; }

        public bool Explicit { get; set; }

        public string? Quote { get; set; }

        public double Strongest { get; set; }
    }
}
