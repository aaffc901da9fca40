using System.Globalization;

namespace Bulletin.Core.Classification.Attribution;

/// <summary>Words as editors print them in a name.</summary>
public static class NameCase
{
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "in", "the", "for", "on" };

    /// <summary>
    /// "civil society organisations" → "Civil Society Organisations", "community-based" → "Community-Based";
    /// a word already capitalised is kept, and short joining words stay lower-case after the first.
    /// </summary>
    public static string Titled(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => i > 0 && Small.Contains(w) ? w.ToLowerInvariant() : string.Join('-', w.Split('-').Select(Capital)));
        return string.Join(' ', parts);
    }

    private static string Capital(string w) => w.Length == 0 || w.Any(char.IsUpper) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w);
}
