using System.Runtime.CompilerServices;

namespace Bulletin.Tests.Support;

/// <summary>
/// A test that needs the shared fixtures or corpora beside the checkout (<c>../shared</c>). On a
/// machine without them it is reported Skipped, naming what is missing, never passed for doing nothing.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <param name="path">A file or folder under <c>../shared</c> the test reads, e.g. <c>corpora/feeds/files</c>.</param>
    /// <param name="alsoPath">Another one, when the test needs two.</param>
    /// <param name="test">The test's name, filled in by the compiler.</param>
    public SharedFactAttribute(string path, string? alsoPath = null, [CallerMemberName] string test = "")
    {
        var shared = RepositoryRoot.Shared;
        var missing = new[] { path, alsoPath }.OfType<string>()
            .Where(p => shared is null || !(File.Exists(Path.Combine(shared, p)) || Directory.Exists(Path.Combine(shared, p))))
            .ToList();
        if (missing.Count > 0)
        {
            Skip = $"needs ../shared/{string.Join(" and ../shared/", missing)} beside the checkout, which this machine does not have";

            // `dotnet test` prints the names of skipped tests but not their reasons, so the name carries it.
            DisplayName = $"{test} [skipped: {Skip}]";
        }
    }
}
