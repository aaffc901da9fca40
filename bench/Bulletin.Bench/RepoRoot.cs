namespace Bulletin.Bench;

/// <summary>The checkout the bench runs from: the folder holding Bulletin.sln, above the build output or the working directory.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bulletin.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Bulletin.sln not found above the bench's folder or the working directory; run the bench from the checkout.");
    }
}
