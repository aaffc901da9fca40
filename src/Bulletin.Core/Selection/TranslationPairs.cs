namespace Bulletin.Core.Selection;

/// <summary>
/// Sets the English and Burmese versions of one statement side by side, English first. Versions
/// are paired by the links between them, else by one issuer publishing one of each within days.
/// </summary>
public static class TranslationPairs
{
    private static readonly TimeSpan Closeness = TimeSpan.FromDays(3);

    /// <summary>The items of one issuer as units: a pair (English first) or a single item.</summary>
    public static IReadOnlyList<IReadOnlyList<Entry>> Units(IReadOnlyList<Entry> entries)
    {
        var units = new List<IReadOnlyList<Entry>>();
        var left = entries.ToList();
        while (left.Count > 0)
        {
            var first = left[0];
            left.RemoveAt(0);
            var partner = Linked(first, left) ?? Alone(first, left, entries);
            if (partner is null)
            {
                units.Add([first]);
                continue;
            }

            left.Remove(partner);
            units.Add(IsBurmese(first) ? [partner, first] : [first, partner]);
        }

        return units;
    }

    private static Entry? Linked(Entry entry, List<Entry> others) => others.FirstOrDefault(o =>
        o.Item.Language != entry.Item.Language
        && (o.Item.Key == entry.Item.TranslationKey || o.Item.TranslationKey == entry.Item.Key));

    /// <summary>Without links, pair only when the choice is unambiguous: one candidate each way.</summary>
    private static Entry? Alone(Entry entry, List<Entry> left, IReadOnlyList<Entry> all)
    {
        bool Close(Entry a, Entry b) => IsBurmese(a) != IsBurmese(b) && (a.Item.Published - b.Item.Published).Duration() <= Closeness;

        var candidates = left.Where(o => Close(entry, o) && o.Item.TranslationKey is null).ToList();
        if (candidates.Count != 1 || entry.Item.TranslationKey is not null)
        {
            return null;
        }

        var partner = candidates[0];
        return all.Count(o => Close(partner, o)) == 1 ? partner : null;
    }

    private static bool IsBurmese(Entry entry) => entry.Item.Language == "my";
}
