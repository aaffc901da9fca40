namespace Bulletin.Core.Inspection;

/// <summary>Turns <c>inspect</c>'s arguments into inputs: URLs and files as given, a directory as every file under it.</summary>
public static class InspectionInputs
{
    private static readonly EnumerationOptions EveryFile = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>
    /// The inputs in argument order; a directory expands to its files (recursively, hidden files
    /// skipped) sorted by path, or stays itself when it holds none, so that it is reported.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            if (AsUrl(argument) is null && Directory.Exists(argument))
            {
                var files = FilesUnder(argument);
                if (files.Count == 0)
                {
                    yield return argument;
                }

                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return argument;
            }
        }
    }

    // A folder that vanishes or locks while it is listed is reported like an empty one, not thrown.
    private static List<string> FilesUnder(string directory)
    {
        try
        {
            return Directory.EnumerateFiles(directory, "*", EveryFile).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The input as an absolute URL when it is one (any scheme but file), else null for a path.</summary>
    public static Uri? AsUrl(string input) =>
        input.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(input, UriKind.Absolute, out var url) && !url.IsFile ? url : null;
}
