namespace Bulletin.Core.Extraction.Text;

/// <summary>
/// The one test for Myanmar script (Burmese and the languages written in it): the Myanmar block
/// U+1000–U+109F and its extensions A (U+AA60–U+AA7F) and B (U+A9E0–U+A9FF).
/// </summary>
public static class MyanmarScript
{
    public static bool IsLetter(char c) =>
        c is >= '\u1000' and <= '\u109F' or >= '\uA9E0' and <= '\uA9FF' or >= '\uAA60' and <= '\uAA7F';

    /// <summary>True when <paramref name="text"/> holds any Myanmar letter.</summary>
    public static bool Contains(string? text) =>
        !string.IsNullOrEmpty(text) && (text.AsSpan().IndexOfAnyInRange('\u1000', '\u109F') >= 0 || text.Any(IsLetter));

    /// <summary>True when most of the letters in <paramref name="text"/> are Myanmar script.</summary>
    public static bool IsMostly(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        int myanmar = 0, letters = 0;
        foreach (var c in text)
        {
            if (IsLetter(c))
            {
                myanmar++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && myanmar * 2 > letters;
    }
}
