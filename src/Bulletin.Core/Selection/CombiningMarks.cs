using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Bulletin.Core.Selection;

/// <summary>Tells whether a character has a non-zero canonical combining class, as Python's unicodedata.combining does.</summary>
/// <remarks>
/// .NET does not expose the combining class, and the general category is not the same thing: Myanmar vowel
/// signs are marks with class 0 (kept by the checker) while asat and the dot below have non-zero classes
/// (dropped). Canonical reordering reveals the class: a mark with a non-zero class is moved past
/// U+0345 (class 240) or past U+0334 (class 1); a class-0 character never is.
/// </remarks>
internal static class CombiningMarks
{
    private const string Class1 = "\u0334";
    private const string Class240 = "\u0345";

    private static readonly ConcurrentDictionary<int, bool> Known = new();

    /// <summary>True when the (already decomposed) character has a non-zero canonical combining class.</summary>
    public static bool IsCombining(Rune rune)
    {
        // Every character with a non-zero class is a non-spacing or spacing mark, so others need no test.
        var category = Rune.GetUnicodeCategory(rune);
        if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            return false;
        }

        return Known.GetOrAdd(rune.Value, static value => Reorders(new Rune(value).ToString()));
    }

    private static bool Reorders(string mark)
    {
        var afterHigh = "a" + Class240 + mark;
        var beforeLow = "a" + mark + Class1;
        return !string.Equals(afterHigh.Normalize(NormalizationForm.FormD), afterHigh, StringComparison.Ordinal)
            || !string.Equals(beforeLow.Normalize(NormalizationForm.FormD), beforeLow, StringComparison.Ordinal);
    }
}
