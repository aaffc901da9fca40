using Bulletin.Core.Classification;
using Bulletin.Core.Selection;

namespace Bulletin.Core.Accuracy;

/// <summary>
/// Which kept items the assembler sets side by side: each issuer's entries through
/// <see cref="TranslationPairs.Units"/>, as the draft groups them. Scored for cases kept in the draft.
/// </summary>
internal sealed class PairResolution
{
    private readonly CopyResolution _copies;
    private readonly Dictionary<string, CaseOutcome> _byId;
    private readonly Dictionary<CaseOutcome, IReadOnlyList<Entry>> _units = [];

    public PairResolution(IReadOnlyList<CaseOutcome> outcomes, CopyResolution copies)
    {
        _copies = copies;
        _byId = outcomes.ToDictionary(o => o.Case.Id, StringComparer.Ordinal);
        foreach (var unit in copies.Survivors.GroupBy(e => e.Issuer).SelectMany(g => TranslationPairs.Units(g.ToList())))
        {
            foreach (var entry in unit)
            {
                _units[copies.Holder[entry.Item]] = unit;
            }
        }
    }

    /// <summary>Pairing is scored for the cases that stand for their item in the draft.</summary>
    public bool Applies(CaseOutcome o) => _units.ContainsKey(o) || (o.Case.Expected.Kind != Kind.Excluded && o.Case.Expected.SameAs is null && _copies.KeptAs(o) == o);

    public (string Expected, string Actual, string Reason) Judge(CaseOutcome o)
    {
        var expected = ExpectedPair(o);
        if (!_units.TryGetValue(o, out var unit))
        {
            return (expected, "not in the draft", $"kind {o.Kind.Value}: {o.Kind.Reason}");
        }

        if (unit.Count < 2)
        {
            return (expected, "alone", $"no other-language item of '{o.Item!.Issuer}' linked to it, nor a single one within 3 days ({o.Item.Language}, translation key {o.Item.TranslationKey ?? "none"})");
        }

        var first = _copies.Holder[unit[0].Item];
        var partner = first == o ? _copies.Holder[unit[1].Item] : first;
        var reason = Linked(o, partner) ? "linked by the pages' translation links" : $"the only {partner.Item!.Language} item of '{o.Item!.Issuer}' within 3 days";
        return (expected, $"with {partner.Case.Id}, {first.Case.Id} first", reason);
    }

    /// <summary>"alone", or "with PARTNER, ENGLISH first", naming the cases that stand for each version.</summary>
    private string ExpectedPair(CaseOutcome o)
    {
        var english = o.Case.Expected.TranslationOf is { } id ? _byId[id] : o;
        var burmese = english == o ? _byId.Values.FirstOrDefault(c => c.Case.Expected.TranslationOf == o.Case.Id) : o;
        if (burmese is null)
        {
            return "alone";
        }

        var (en, my) = (_copies.KeptAs(english) ?? english, _copies.KeptAs(burmese) ?? burmese);
        return $"with {(o == en ? my : en).Case.Id}, {en.Case.Id} first";
    }

    private static bool Linked(CaseOutcome a, CaseOutcome b) =>
        a.Item!.TranslationKey == b.Item!.Key || b.Item.TranslationKey == a.Item.Key;
}
