using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// The lookup tables behind <see cref="IssuerDirectory"/>: every folded name to its entry, and every domain.
/// Built once per directory; a key or domain claimed by two entries is a problem, never a silent choice.
/// </summary>
internal sealed class IssuerIndex
{
    private IssuerIndex(IReadOnlyList<IndexedIssuer> entries, Dictionary<string, IndexedIssuer> keys,
        Dictionary<string, List<IndexedIssuer>> scoped, Dictionary<string, Issuer> hosts)
    {
        Entries = entries;
        Keys = keys;
        ScopedKeys = scoped;
        Hosts = hosts;
    }

    public IReadOnlyList<IndexedIssuer> Entries { get; }

    /// <summary>Folded name, alias, abbreviation, Burmese name or bracketed display form → entry.</summary>
    public IReadOnlyDictionary<string, IndexedIssuer> Keys { get; }

    /// <summary>
    /// Generic names of scoped entries ("ministry of foreign affairs") → every entry that has one; such a
    /// name identifies its entry only where that entry's parent is in context.
    /// </summary>
    public IReadOnlyDictionary<string, List<IndexedIssuer>> ScopedKeys { get; }

    /// <summary>Lower-case domain → entry.</summary>
    public IReadOnlyDictionary<string, Issuer> Hosts { get; }

    public static IssuerIndex Build(IReadOnlyList<Issuer> issuers, List<string> problems)
    {
        var entries = new List<IndexedIssuer>();
        var keys = new Dictionary<string, IndexedIssuer>(StringComparer.Ordinal);
        var claims = new Dictionary<string, (string Label, string Kind, string Text)>(StringComparer.Ordinal);
        var hosts = new Dictionary<string, Issuer>(StringComparer.Ordinal);
        var hostOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var scoped = new Dictionary<string, List<IndexedIssuer>>(StringComparer.Ordinal);
        var names = issuers.Select(i => IssuerName.Normalise(i.Name)).ToHashSet(StringComparer.Ordinal);

        for (var n = 0; n < issuers.Count; n++)
        {
            var issuer = issuers[n];
            var label = $"entry {n + 1} (\"{issuer.Name}\")";
            var entry = new IndexedIssuer(issuer, IssuerName.Normalise(issuer.Name));
            entries.Add(entry);

            var parentWords = ParentWords(issuer, issuers);
            foreach (var (kind, text) in KeyedNames(issuer))
            {
                var key = IssuerName.Normalise(text);
                if (issuer.Scoped && !parentWords.Any(w => ContainsWords(key, w)))
                {
                    // A generic name ("Ministry of Foreign Affairs") may belong to several parents' bodies.
                    if (!scoped.TryGetValue(key, out var sharing))
                    {
                        scoped[key] = sharing = [];
                    }

                    sharing.Add(entry);
                    entry.Keys.Add(key);
                    continue;
                }
                if (keys.TryGetValue(key, out var owner) && ReferenceEquals(owner, entry))
                {
                    continue;
                }

                if (owner is not null)
                {
                    var first = claims[key];
                    problems.Add($"{label}: {kind} \"{text}\" is the same key (\"{key}\") as "
                                 + $"{first.Kind} \"{first.Text}\" of {first.Label}");
                    continue;
                }

                keys[key] = entry;
                claims.TryAdd(key, (label, kind, text));
                entry.Keys.Add(key);
                if (kind == "abbreviation")
                {
                    entry.AbbreviationKeys.Add(key);
                }
            }

            foreach (var domain in issuer.Domains)
            {
                if (hostOwners.TryGetValue(domain, out var other) && other != label)
                {
                    problems.Add($"{label}: domain \"{domain}\" is also a domain of {other}");
                    continue;
                }

                hostOwners[domain] = label;
                hosts[domain] = issuer;
            }

            if (issuer.Parent is { } parent && !names.Contains(IssuerName.Normalise(parent)))
            {
                problems.Add($"{label}: \"parent\" \"{parent}\" is not the name of any entry");
            }
        }

        return new IssuerIndex(entries, keys, scoped, hosts);
    }

    // The parent's names as folded keys: a scoped body's name that contains one ("NUG Ministry of Human
    // Rights") is unambiguous and indexed like any other.
    private static List<string> ParentWords(Issuer issuer, IReadOnlyList<Issuer> issuers)
    {
        if (!issuer.Scoped || issuer.Parent is not { } parent)
        {
            return [];
        }

        var key = IssuerName.Normalise(parent);
        var owner = issuers.FirstOrDefault(i => IssuerName.Normalise(i.Name) == key);
        return owner is null ? [key] : [.. IssuerRules.Names(owner).Select(n => IssuerName.Normalise(n.Text)).Where(k => k.Length > 0)];
    }

    private static bool ContainsWords(string key, string words) =>
        key == words || (MyanmarScript.Contains(words) && key.Contains(words, StringComparison.Ordinal)) || key.StartsWith(words + " ", StringComparison.Ordinal) || key.EndsWith(" " + words, StringComparison.Ordinal) || key.Contains(" " + words + " ", StringComparison.Ordinal);

    /// <summary>Names that resolve to the entry: its own names plus the "Parent (Name)" form editors print.</summary>
    private static IEnumerable<(string Kind, string Text)> KeyedNames(Issuer issuer)
    {
        foreach (var name in IssuerRules.Names(issuer))
        {
            yield return name;
        }

        if (issuer.EffectiveDisplay == IssuerDisplay.Bracketed)
        {
            yield return ("display name", issuer.DisplayName);
        }
    }
}

/// <summary>An entry with its folded keys.</summary>
internal sealed class IndexedIssuer(Issuer issuer, string nameKey)
{
    public Issuer Issuer { get; } = issuer;

    public string NameKey { get; } = nameKey;

    public List<string> Keys { get; } = [];

    public HashSet<string> AbbreviationKeys { get; } = new(StringComparer.Ordinal);
}
