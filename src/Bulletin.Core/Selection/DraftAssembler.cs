using Bulletin.Core.Deduplication;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Selection;

/// <summary>
/// The one owner of a draft's shape and order. Turns the stored items of a window into the bulletin:
/// keeps what belongs to the week and what editors keep in, drops reposted copies, puts both
/// sections in published order, issuers in the editors' order and translations side by side.
/// The draft files, the review page and approved versions all read what this returns.
/// </summary>
public sealed class DraftAssembler(Store store)
{
    /// <summary>The week's draft as the store has it now, with the editors' decisions applied.</summary>
    public async Task<Draft> AssembleAsync(Window window, IReadOnlyList<SourceReport> sources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        var items = await store.ItemsPublishedBetweenAsync(window.Start, window.End, ct);
        var decisions = await store.CurrentDecisionsAsync(items.Select(i => i.Key), ct);
        return Assemble(window, items, decisions, sources);
    }

    /// <summary>The draft of <paramref name="items"/>, those outside the window ignored.</summary>
    public static Draft Assemble(Window window, IEnumerable<StoredItem> items, IReadOnlyDictionary<string, IReadOnlyList<Decision>> decisions, IReadOnlyList<SourceReport> sources)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(decisions);
        var entries = items
            .Where(i => window.Contains(i.Published))
            .Select(i => Entry.From(i, decisions.TryGetValue(i.Key, out var d) ? d : []))
            .ToList();
        var reposts = Reposts.Remove(entries.Where(e => e.Included), Facts);

        var sections = Sections.InOrder
            .Select(title => new DraftSection(title, Ordered(reposts.Kept.Where(e => e.Section == title)).Select(e => ToItem(e, window)).ToList()))
            .ToList();
        var leftOut = entries
            .Where(e => !e.Included || !reposts.IsKept(e))
            .OrderBy(e => e.Item.Published)
            .Select(e => e.Included
                ? new LeftOutItem(ToItem(e, window), LeftOutReason.Copy, reposts.KeptFor[e].Item.Key)
                : new LeftOutItem(ToItem(e, window), LeftOutReason.Excluded))
            .ToList();
        return new Draft(window, sections, sources) { LeftOut = leftOut };
    }

    internal static RepostFacts Facts(Entry e) => new(e.Title, e.Item.Language, e.Issuer, e.Item.Published, e.Item.FirstSeen);

    // The one sort by issuer. OrderBy is stable, and translations are set as units inside an issuer's group.
    private static IEnumerable<Entry> Ordered(IEnumerable<Entry> entries) => entries
        .GroupBy(e => e.Issuer)
        .OrderBy(g => g.Key, IssuerOrder.Instance)
        .SelectMany(g => TranslationPairs.Units(g.ToList())
            .OrderByDescending(unit => unit.Max(e => e.Item.Published))
            .SelectMany(unit => unit));

    private static DraftItem ToItem(Entry e, Window window) => new()
    {
        Key = e.Item.Key,
        Title = e.Title,
        Issuer = e.Issuer,
        Url = e.Item.Url,
        Published = e.Item.Published,
        Language = e.Item.Language,
        Kind = e.Kind,
        Section = e.Section,
        SourceId = e.Item.SourceId,
        IssuerReason = e.IssuerReason,
        KindReason = e.KindReason,
        IssuerConfidence = e.IssuerConfidence,
        KindConfidence = e.KindConfidence,
        IssuerAlternatives = [.. e.Item.IssuerCandidates.Select(c => c.Name).Where(n => !string.Equals(n, e.Issuer, StringComparison.OrdinalIgnoreCase))],
        IssuerCandidates = e.Item.IssuerCandidates,
        Decisions = e.Decisions,
    };
}
