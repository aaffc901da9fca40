namespace Bulletin.Tests.Rendering;

/// <summary>Locates the repository's templates folder, so tests render what editors will get.</summary>
internal static class RepositoryTemplates
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // The host project copies templates/ beside its binaries; fall back to the source tree.
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");
        if (File.Exists(System.IO.Path.Combine(copied, "draft.html.scriban")))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "templates");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bulletin.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("templates folder not found beside the tests or in the repository");
    }
}
