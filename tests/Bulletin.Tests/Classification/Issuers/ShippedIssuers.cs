using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Tests.Classification.Issuers;

/// <summary>The repository's seeds/issuers.json, found by walking up to the folder with Bulletin.sln.</summary>
internal static class ShippedIssuers
{
    private static readonly Lazy<IssuerDirectory> Shared = new(() => IssuerDirectory.Load(SeedsPath));

    public static string SeedsPath => Path.Combine(RepositoryRoot(), "seeds", "issuers.json");

    public static IssuerDirectory Directory => Shared.Value;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bulletin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Bulletin.sln above {AppContext.BaseDirectory}");
    }
}
