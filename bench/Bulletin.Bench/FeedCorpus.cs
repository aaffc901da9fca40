namespace Bulletin.Bench;

/// <summary>
/// An optional corpus of real-world feed test files kept beside the checkout (shared/corpora/feeds/files);
/// the benchmark reports it when present and never needs it.
/// </summary>
internal static class FeedCorpus
{
    public static string? Find(string repoRoot)
    {
        var candidate = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "corpora", "feeds", "files"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    public static IReadOnlyList<ParseInput> Load(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new ParseInput(
                File.ReadAllBytes(path),
                ContentType: null,
                new Uri("http://corpus.invalid/" + Path.GetRelativePath(root, path).Replace('\\', '/')),
                ExpectedItems: 0))];
}
