namespace Bulletin.Bench;

/// <summary>
/// A folder of web pages saved as served (*.html, *.htm, recursively), read the way a collection reads
/// an item page: bytes, then text decoding, then the page reader.
/// </summary>
internal static class SavedPages
{
    public static IReadOnlyList<ParseInput> Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"--pages {root}: no such folder");
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new ParseInput(
                File.ReadAllBytes(path),
                ContentType: "text/html",
                new Uri("http://pages.invalid/" + Uri.EscapeDataString(Path.GetRelativePath(root, path).Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal)),
                ExpectedItems: 0))];
    }
}
