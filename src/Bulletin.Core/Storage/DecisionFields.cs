namespace Bulletin.Core.Storage;

/// <summary>The fields of an item an editor may override.</summary>
public static class DecisionFields
{
    public const string Title = "title";
    public const string Issuer = "issuer";
    public const string Section = "section";

    /// <summary>"true" or "false": whether the item goes into the bulletin.</summary>
    public const string Included = "included";
    public const string Kind = "kind";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Title, Issuer, Section, Included, Kind };
}
