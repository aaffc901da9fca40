namespace Bulletin.Core.Inspection;

/// <summary>How <c>inspect</c> reads its inputs.</summary>
public sealed record InspectionOptions
{
    /// <summary>Inputs read at once; answers still come out in input order. Default 4.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>
    /// The address local files were saved from: a file is read as if served at its path relative
    /// to the working directory, resolved against this URL, so its relative links resolve as on
    /// the site. Null reads files at their file:// URI.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The URL a local file is read as.</summary>
    public Uri UrlFor(string path)
    {
        var full = Path.GetFullPath(path);
        if (BaseUrl is null)
        {
            return new Uri(full);
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(full); // outside the working directory: only its name places it
        }

        var escaped = string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
        return new Uri(BaseUrl, escaped);
    }
}
