using Bulletin.Core.Classification;

namespace Bulletin.Core.Selection;

/// <summary>The bulletin's sections in published order; both always appear, even when empty.</summary>
public static class Sections
{
    public const string Statements = "Statements and Press Releases";

    public const string Reports = "Reports";

    public static readonly IReadOnlyList<string> InOrder = [Statements, Reports];

    public static string For(Kind kind) => kind == Kind.Report ? Reports : Statements;

    /// <summary>The section an editor named, tolerant of "Statements &amp; Press Releases" and case.</summary>
    public static string? Named(string name)
    {
        var folded = name.Replace("&", "and", StringComparison.Ordinal).Trim();
        return InOrder.FirstOrDefault(s => string.Equals(s, folded, StringComparison.OrdinalIgnoreCase))
            ?? (folded.StartsWith("report", StringComparison.OrdinalIgnoreCase) ? Reports
            : folded.StartsWith("statement", StringComparison.OrdinalIgnoreCase) ? Statements : null);
    }
}
