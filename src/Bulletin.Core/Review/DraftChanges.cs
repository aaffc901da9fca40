namespace Bulletin.Core.Review;

/// <summary>What one list of bulletin items added, changed and removed against an earlier one, by item key.</summary>
public sealed record DraftChanges(IReadOnlyList<VersionItem> Added, IReadOnlyList<ItemChange> Changed, IReadOnlyList<VersionItem> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <summary>Changes from <paramref name="before"/> to <paramref name="after"/>; an item changed when its title, issuer or section differ.</summary>
    public static DraftChanges Between(IReadOnlyList<VersionItem> before, IReadOnlyList<VersionItem> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = after.Where(i => !old.ContainsKey(i.Key)).ToList();
        var removed = before.Where(i => !now.ContainsKey(i.Key)).ToList();
        var changed = after
            .Where(i => old.TryGetValue(i.Key, out var was) && Differs(was, i))
            .Select(i => new ItemChange(old[i.Key], i))
            .ToList();
        return new DraftChanges(added, changed, removed);
    }

    private static bool Differs(VersionItem a, VersionItem b) =>
        !string.Equals(a.Title, b.Title, StringComparison.Ordinal)
        || !string.Equals(a.Issuer, b.Issuer, StringComparison.Ordinal)
        || !string.Equals(a.Section, b.Section, StringComparison.Ordinal);
}

/// <summary>One item's earlier and later state.</summary>
public sealed record ItemChange(VersionItem Before, VersionItem After)
{
    /// <summary>The names of the fields that differ: "title", "issuer", "section".</summary>
    public IReadOnlyList<string> Fields =>
    [
        .. Before.Title != After.Title ? ["title"] : Array.Empty<string>(),
        .. Before.Issuer != After.Issuer ? ["issuer"] : Array.Empty<string>(),
        .. Before.Section != After.Section ? ["section"] : Array.Empty<string>(),
    ];
}
