namespace Bulletin.Core.Classification.Attribution;

/// <summary>How editors write several issuers of one statement.</summary>
public static class CoIssuers
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
