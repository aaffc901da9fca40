namespace Bulletin.Core.Accuracy;

/// <summary>The fields the accuracy report scores, in the order it prints them.</summary>
public static class AccuracyFields
{
    public const string Issuer = "issuer";
    public const string Kind = "kind";
    public const string Section = "section";
    public const string Dedupe = "dedupe";
    public const string Pairing = "pairing";

    /// <summary>The section label of an item kept out of the bulletin.</summary>
    public const string NoSection = "none";

    public static readonly IReadOnlyList<string> InOrder = [Issuer, Kind, Section, Dedupe, Pairing];
}
