namespace Bulletin.Core.Rendering;

/// <summary>The bulletin's section headings, in the order the bulletin always prints them.</summary>
public static class SectionTitles
{
    public const string Statements = "Statements and Press Releases";

    public const string Reports = "Reports";

    /// <summary>Both sections, statements first; each is printed even when it has no items.</summary>
    public static IReadOnlyList<string> InOrder { get; } = [Statements, Reports];
}
