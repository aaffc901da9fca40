using Bulletin.Core.Rendering;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Selection;

/// <summary>
/// Turns the stored items of a window into the bulletin: keeps what belongs to the week, drops
/// near-duplicate copies, groups by issuer in the editors' order and sets translations side by side.
/// </summary>
public static class DraftAssembler
{
    public static Draft Assemble(Window window, IEnumerable<StoredItem> items, IReadOnlyDictionary<string, IReadOnlyList<Decision>> decisions, IReadOnlyList<SourceReport> sources)
    {
        var entries = items
            .Where(i => window.Contains(i.Published))
            .Select(i => Entry.From(i, decisions.TryGetValue(i.Key, out var d) ? d : []))
            .Where(e => e.Included)
            .ToList();
        entries = CopiesRemoved(entries);

        var sections = Sections.InOrder
            .Select(title => new DraftSection(title, Ordered(entries.Where(e => e.Section == title)).Select(e => ToItem(e, window)).ToList()))
            .ToList();
        return new Draft(window, sections, sources);
    }

    /// <summary>
    /// The same statement reposted under another URL without a canonical link: one title, one
    /// language, one issuer, within a week. The earliest copy is kept, since reposts follow the
    /// original. Bodies often share a generic title on the same day ("Statement on the Fourth
    /// Anniversary of the Military Coup"), so the issuer must agree too.
    /// </summary>
    internal static List<Entry> CopiesRemoved(List<Entry> entries) => entries
        .GroupBy(e => (TitleKey.For(e.Title), e.Item.Language, e.Issuer))
        .SelectMany(g => g.OrderBy(e => e.Item.Published).ThenBy(e => e.Item.FirstSeen)
            .Aggregate(new List<Entry>(), (kept, e) =>
            {
                if (!kept.Any(k => (e.Item.Published - k.Item.Published).Duration() <= TimeSpan.FromDays(7)))
                {
                    kept.Add(e);
                }

                return kept;
            }))
        .ToList();

    private static IEnumerable<Entry> Ordered(IEnumerable<Entry> entries) => entries
        .GroupBy(e => e.Issuer)
        .OrderBy(g => g.Key, IssuerOrder.Instance)
        .SelectMany(g => TranslationPairs.Units(g.ToList())
            .OrderByDescending(unit => unit.Max(e => e.Item.Published))
            .SelectMany(unit => unit));

    private static DraftItem ToItem(Entry e, Window window) => new()
    {
        Title = e.Title,
        Issuer = e.Issuer,
        Url = e.Item.Url,
        Published = e.Item.Published,
        Language = e.Item.Language,
        SourceId = e.Item.SourceId,
        IssuerReason = e.IssuerReason,
        KindReason = e.KindReason,
    };
}
