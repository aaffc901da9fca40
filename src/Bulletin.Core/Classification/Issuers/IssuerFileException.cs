namespace Bulletin.Core.Classification.Issuers;

/// <summary>An issuer directory that cannot be used, with every problem found and where it is.</summary>
public sealed class IssuerFileException : Exception
{
    public IssuerFileException(string source, IReadOnlyList<string> problems, Exception? inner = null)
        : base(Describe(source, problems), inner)
    {
        Origin = source;
        Problems = problems;
    }

    /// <summary>The file path, or "(json)" for text given directly.</summary>
    public string Origin { get; }

    /// <summary>One line per problem, each naming the entry it concerns.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string source, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"issuers: {source}: {problems[0]}"
            : $"issuers: {source}: {problems.Count} problems:{Environment.NewLine}  "
              + string.Join(Environment.NewLine + "  ", problems);
}
