namespace Bulletin.Tests.Support;

/// <summary>The checkout's root (the folder holding Bulletin.sln), found from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared fixtures and corpora beside the checkout, when this machine has them.</summary>
    public static string? Shared => Directory.Exists(System.IO.Path.Combine(Path, "..", "shared")) ? System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared")) : null;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bulletin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bulletin.sln not found above " + AppContext.BaseDirectory);
    }
}
