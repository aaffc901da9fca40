namespace Bulletin.Demo;

/// <summary>
/// The sample web's files, embedded in the executable under <c>demo-web/</c>: one folder per site
/// (its feed, listing, API answer or sitemap, and its item pages) and <c>sources.json</c> naming them.
/// </summary>
internal static class SamplePages
{
    private const string Prefix = "demo-web/";
    private const string SourcesFile = "sources.json";

    /// <summary>Each site's files by path inside the site (<c>statements/index.html</c>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sites()
    {
        var sites = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in typeof(SamplePages).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..];
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            var site = path[..slash];
            if (!sites.TryGetValue(site, out var files))
            {
                sites[site] = files = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            files[path[(slash + 1)..]] = Read(name);
        }

        return sites.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, string>)s.Value, StringComparer.Ordinal);
    }

    /// <summary>The sources file, with <c>{{BASE:site}}</c> for each site's address.</summary>
    public static string Sources() => Read(Prefix + SourcesFile);

    private static string Read(string name)
    {
        using var stream = typeof(SamplePages).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the demo's sample file {name} is not in the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
