namespace Bulletin.Core.Classification.Issuers;

/// <summary>Ranks bodies for editor autocomplete.</summary>
internal static class IssuerSuggestions
{
    public static IEnumerable<Issuer> Rank(IssuerIndex index, string? prefix, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var p = IssuerName.Normalise(prefix);
        if (p.Length == 0)
        {
            return index.Entries.Select(e => e.Issuer).OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Take(max);
        }

        return index.Entries
            .Select(e => (e.Issuer, Rank: RankOf(e, p)))
            .Where(r => r.Rank < 3)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Issuer.Name.Length)
            .ThenBy(r => r.Issuer.Name, StringComparer.OrdinalIgnoreCase)
            .Select(r => r.Issuer)
            .Take(max)
            .ToList();
    }

    // 0: the canonical name starts with the prefix; 1: another name or acronym does; 2: a later word does.
    private static int RankOf(IndexedIssuer entry, string prefix)
    {
        if (entry.NameKey.StartsWith(prefix, StringComparison.Ordinal))
        {
            return 0;
        }

        if (entry.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return 1;
        }

        return entry.Keys.Any(k => k.Contains(" " + prefix, StringComparison.Ordinal)) ? 2 : 3;
    }
}
