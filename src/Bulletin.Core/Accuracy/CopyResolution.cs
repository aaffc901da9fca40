using Bulletin.Core.Deduplication;
using Bulletin.Core.Selection;

namespace Bulletin.Core.Accuracy;

/// <summary>
/// Which item each case ends up as: cases with one store key are one item (the issuer's own copy kept),
/// then the assembler removes reposts with the same title. Expected and actual are compared by the kept
/// item's key, so which of several URL variants is shown does not count as a miss.
/// </summary>
internal sealed class CopyResolution
{
    private readonly Dictionary<string, CaseOutcome> _byId;
    private readonly Dictionary<CaseOutcome, (CaseOutcome Kept, string Why)> _kept = [];

    public CopyResolution(IReadOnlyList<CaseOutcome> outcomes)
    {
        _byId = outcomes.ToDictionary(o => o.Case.Id, StringComparer.Ordinal);
        var stored = outcomes.Where(o => o.Item is not null).ToList();
        var holders = new Dictionary<string, CaseOutcome>(StringComparer.Ordinal);
        foreach (var group in stored.GroupBy(o => o.Key!))
        {
            // The issuer's own page holds the key; among variants of one URL, the first published.
            var holder = group.OrderBy(o => o.CopyOf is null ? 0 : 1).ThenBy(o => o.Item!.Published).ThenBy(o => o.Item!.FirstSeen).First();
            holders[group.Key] = holder;
            foreach (var o in group)
            {
                _kept[o] = (holder, o == holder ? $"stored under key {group.Key}"
                    : o.CopyOf is not null ? $"a copy of {o.CopyOf} (canonical or source link), stored under key {group.Key}"
                    : $"same key {group.Key} as {holder.Case.Id}");
            }
        }

        var entries = holders.Values.Select(o => Entry.From(o.Item!, [])).Where(e => e.Included).ToList();
        var reposts = Reposts.Remove(entries, DraftAssembler.Facts);
        var survivors = reposts.Kept;
        var byItem = holders.Values.ToDictionary(o => o.Item!);
        foreach (var removed in entries.Where(e => !reposts.IsKept(e)))
        {
            var keeper = reposts.KeptFor[removed];
            var keptCase = byItem[keeper.Item];
            foreach (var o in _kept.Where(p => p.Value.Kept == byItem[removed.Item]).Select(p => p.Key).ToList())
            {
                _kept[o] = (keptCase, $"same title, language and issuer as {keptCase.Case.Id} ({keeper.Item.Url}) within 7 days; the earlier is kept");
            }
        }

        Survivors = survivors;
        Holder = byItem;
    }

    /// <summary>The draft's entries after copies are removed.</summary>
    public IReadOnlyList<Entry> Survivors { get; }

    /// <summary>The case behind each stored item.</summary>
    public IReadOnlyDictionary<Storage.StoredItem, CaseOutcome> Holder { get; }

    /// <summary>The case whose item stands for this one in the draft (itself when kept), or null when never stored.</summary>
    public CaseOutcome? KeptAs(CaseOutcome o) => _kept.TryGetValue(o, out var k) ? k.Kept : null;

    public (string Expected, string Actual, string Reason) Judge(CaseOutcome o)
    {
        var root = o.Case.Expected.SameAs is { } same ? _byId[same] : o;
        var expected = root == o ? "kept" : $"copy of {root.Case.Id}";
        if (!_kept.TryGetValue(o, out var actual))
        {
            return (expected, "not stored", "no publication date on the lead or its page");
        }

        var kept = actual.Kept;
        var reason = actual.Why;

        // A copy must end as its original's item; a kept case as itself, or as a variant of its own URL.
        var right = root == o ? kept == o || kept.Key == o.Key : KeptAs(root) == kept;
        var actualText = right ? expected : kept == o ? "kept" : $"copy of {kept.Case.Id}";
        return (expected, actualText, reason);
    }
}
