namespace Bulletin.Core.Storage;

/// <summary>
/// A name an issuer goes by that the directory did not know, learned from an editor's correction or a past
/// bulletin. <see cref="Issuer"/> is the directory body it names, or the name itself for a body the
/// directory lacks. Only <see cref="LearnedNameStatus.Accepted"/> names reach the directory.
/// </summary>
public sealed record LearnedName(string Name, string Issuer, string Origin, string Evidence, string Status, DateTimeOffset At);

/// <summary>Where a learned name came from.</summary>
public static class LearnedNameOrigin
{
    public const string Correction = "correction";
    public const string Import = "import";

    /// <summary>A body named on an item's page that the directory did not know.</summary>
    public const string Page = "page";
}

/// <summary>Whether an editor has judged a learned name.</summary>
public static class LearnedNameStatus
{
    public const string Proposed = "proposed";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Proposed, Accepted, Rejected };
}
