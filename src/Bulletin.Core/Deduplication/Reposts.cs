namespace Bulletin.Core.Deduplication;

/// <summary>
/// The same statement reposted under another URL without a canonical link: one title (as
/// <see cref="TitleKey"/> folds it), one language, one issuer, within a week. The earliest copy is
/// kept, since reposts follow the original. Bodies often share a generic title on the same day
/// ("Statement on the Fourth Anniversary of the Military Coup"), so the issuer must agree too.
/// </summary>
public static class Reposts
{
    /// <summary>Copies further apart than this are separate statements (a yearly day's statement, say).</summary>
    public static readonly TimeSpan Within = TimeSpan.FromDays(7);

    /// <summary>
    /// The items kept (copies of one statement together, earliest first, groups in order of first
    /// appearance) and, for every item, the one kept in its place: itself when it is kept.
    /// </summary>
    public static RepostsRemoved<T> Remove<T>(IEnumerable<T> items, Func<T, RepostFacts> facts)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(facts);
        var kept = new Dictionary<T, T>();
        var survivors = new List<T>();
        foreach (var group in items.Select(i => (Item: i, Facts: facts(i))).GroupBy(i => (TitleKey.For(i.Facts.Title), i.Facts.Language, i.Facts.Issuer)))
        {
            var keepers = new List<(T Item, RepostFacts Facts)>();
            foreach (var candidate in group.OrderBy(i => i.Facts.Published).ThenBy(i => i.Facts.FirstSeen))
            {
                var near = keepers
                    .Where(k => (candidate.Facts.Published - k.Facts.Published).Duration() <= Within)
                    .OrderBy(k => (candidate.Facts.Published - k.Facts.Published).Duration())
                    .Select(k => (Found: true, k.Item))
                    .FirstOrDefault();
                if (near.Found)
                {
                    kept[candidate.Item] = near.Item;
                }
                else
                {
                    keepers.Add(candidate);
                    kept[candidate.Item] = candidate.Item;
                }
            }

            survivors.AddRange(keepers.Select(k => k.Item));
        }

        return new RepostsRemoved<T>(survivors, kept);
    }
}

/// <summary>What <see cref="Reposts.Remove"/> keeps, and the item kept in each item's place.</summary>
public sealed record RepostsRemoved<T>(IReadOnlyList<T> Kept, IReadOnlyDictionary<T, T> KeptFor)
    where T : notnull
{
    public bool IsKept(T item) => EqualityComparer<T>.Default.Equals(KeptFor[item], item);
}

/// <summary>What <see cref="Reposts"/> compares: the corrected title and issuer, the language, and when the item appeared.</summary>
public readonly record struct RepostFacts(string Title, string Language, string Issuer, DateTimeOffset Published, DateTimeOffset FirstSeen);
