namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// The known issuing bodies and every name, acronym, Burmese name and domain they go by. Immutable and safe
/// to share between threads: <see cref="With"/> returns a new directory, so a
/// caller that learns names swaps its reference (one assignment) and readers never see a half-built index.
/// </summary>
public sealed class IssuerDirectory
{
    private readonly IssuerIndex _index;
    private readonly Lazy<IssuerMentions> _mentions;

    private IssuerDirectory(IReadOnlyList<Issuer> issuers, IssuerIndex index)
    {
        All = issuers;
        _index = index;
        _mentions = new Lazy<IssuerMentions>(() => new IssuerMentions(issuers));
    }

    /// <summary>Every body, in file order (learned ones last).</summary>
    public IReadOnlyList<Issuer> All { get; }

    /// <summary>Reads a seeds file; an unreadable or inconsistent file throws <see cref="IssuerFileException"/>.</summary>
    public static IssuerDirectory Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IssuerFileException(path, [$"cannot be read: {ex.Message}"], ex);
        }

        return Create(IssuerFile.Read(json, path), path);
    }

    /// <summary>Reads seeds given as JSON text; problems are reported against "(json)".</summary>
    public static IssuerDirectory FromJson(string json) => Create(IssuerFile.Read(json, "(json)"), "(json)");

    /// <summary>A directory of the given bodies, checked as a file would be.</summary>
    public static IssuerDirectory From(IEnumerable<Issuer> issuers)
    {
        var list = issuers.ToList();
        var problems = list.SelectMany((issuer, n) =>
            IssuerRules.Check(issuer).Select(p => $"entry {n + 1} (\"{issuer.Name}\"): {p}")).ToList();
        if (problems.Count > 0)
        {
            throw new IssuerFileException("(issuers)", problems);
        }

        return Create(list, "(issuers)");
    }

    /// <summary>
    /// The body the whole of <paramref name="text"/> names: a name, alias, abbreviation or Burmese name, or
    /// two of them together ("Human Rights Watch (HRW)", "NUG - National Unity Government"), or a sub-body's
    /// name followed by its parent's ("Ministry of Human Rights (NUG)"). A scoped body's generic name
    /// ("Ministry of Foreign Affairs") counts only when <paramref name="scope"/> holds its parent. Null when unknown.
    /// </summary>
    public Issuer? Match(string? text, IssuerScope? scope = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = IssuerName.Significant(IssuerName.Tokenise(text));
        if (tokens.Count == 0)
        {
            return null;
        }

        var joined = IssuerName.Join(tokens);
        if (_index.Keys.TryGetValue(joined, out var whole))
        {
            return whole.Issuer;
        }

        if (InScope(joined, scope) is { } scoped)
        {
            return scoped;
        }

        for (var split = tokens.Count - 1; split >= 1; split--)
        {
            var head = IssuerName.Join(tokens.Take(split));
            var tail = IssuerName.Join(IssuerName.Significant([.. tokens.Skip(split)]));
            if (_index.Keys.TryGetValue(head, out var entry) && (entry.Keys.Contains(tail) || NamesParent(tail, entry.Issuer)))
            {
                return entry.Issuer;
            }

            // "Ministry of Human Rights (NUG)": the parent named beside a generic name is its context.
            if (_index.ScopedKeys.TryGetValue(head, out var sharing) && sharing.FirstOrDefault(e => NamesParent(tail, e.Issuer)) is { } named)
            {
                return named.Issuer;
            }
        }

        return null;
    }

    /// <summary>The scoped body a generic name means where <paramref name="scope"/> holds its parent.</summary>
    private Issuer? InScope(string key, IssuerScope? scope) =>
        scope is not null && _index.ScopedKeys.TryGetValue(key, out var sharing)
            ? sharing.FirstOrDefault(e => e.Issuer.Parent is { } parent && scope.Holds(parent))?.Issuer
            : null;

    // "Ministry of Human Rights (NUG)": a sub-body followed by its parent's name still names the sub-body.
    private bool NamesParent(string key, Issuer issuer) =>
        issuer.Parent is { } parent && _index.Keys.TryGetValue(key, out var e) && e.NameKey == IssuerName.Normalise(parent);

    /// <summary>The body with exactly this canonical name (folded as names are), or null.</summary>
    public Issuer? Named(string name)
    {
        var key = IssuerName.Normalise(name);
        if (_index.Keys.TryGetValue(key, out var e) && e.NameKey == key)
        {
            return e.Issuer;
        }

        return _index.ScopedKeys.TryGetValue(key, out var sharing) ? sharing.FirstOrDefault(s => s.NameKey == key)?.Issuer : null;
    }

    /// <summary>The body this one belongs to, when it has a parent.</summary>
    public Issuer? ParentOf(Issuer issuer) => issuer.Parent is { } parent ? Named(parent) : null;

    /// <summary>
    /// The body named inside free text ("The National Unity Government strongly condemns …"): the longest
    /// name, alias, Burmese name or abbreviation mentioned, on word boundaries; the earliest when tied.
    /// </summary>
    public Issuer? FindIn(string? text, IssuerScope? scope = null) => string.IsNullOrWhiteSpace(text) ? null : _mentions.Value.Find(text, scope);

    /// <summary>The body publishing on <paramref name="host"/>; subdomains count, "www." and a port are ignored.</summary>
    public Issuer? ForHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var h = host.Trim();
        if (h.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(h, UriKind.Absolute, out var uri))
        {
            h = uri.Host;
        }

        h = h.Split(':')[0].TrimEnd('.').ToLowerInvariant();
        for (var dot = -1; ; dot = h.IndexOf('.', dot + 1))
        {
            // Longest suffix first: "news.un.org" is looked up before "un.org".
            if (_index.Hosts.TryGetValue(h[(dot + 1)..], out var issuer))
            {
                return issuer;
            }

            if (h.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }
        }
    }

    /// <summary>Editor autocomplete: bodies whose name, then other names, then any word, start with the prefix.</summary>
    public IEnumerable<Issuer> Suggest(string? prefix, int max) => IssuerSuggestions.Rank(_index, prefix, max);

    /// <summary>
    /// A new directory that also knows <paramref name="learned"/>. An entry with the same canonical name gains
    /// its aliases, abbreviations, Burmese names and domains. A name or domain another body already has is
    /// refused with <see cref="IssuerFileException"/>, as it would be in the file.
    /// </summary>
    public IssuerDirectory With(Issuer learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        var at = All.ToList().FindIndex(i => IssuerName.Normalise(i.Name) == IssuerName.Normalise(learned.Name));
        var list = All.ToList();
        if (at < 0)
        {
            list.Add(learned);
        }
        else
        {
            var known = list[at];
            list[at] = known with
            {
                Aliases = Union(known.Aliases, learned.Aliases),
                Abbreviations = Union(known.Abbreviations, learned.Abbreviations),
                Burmese = Union(known.Burmese, learned.Burmese),
                Domains = Union(known.Domains, learned.Domains),
            };
        }

        return From(list);
    }

    private static IssuerDirectory Create(IReadOnlyList<Issuer> issuers, string source)
    {
        var problems = new List<string>();
        var index = IssuerIndex.Build(issuers, problems);
        if (problems.Count > 0)
        {
            throw new IssuerFileException(source, problems);
        }

        return new IssuerDirectory(issuers, index);
    }

    private static List<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.Ordinal)];
}
