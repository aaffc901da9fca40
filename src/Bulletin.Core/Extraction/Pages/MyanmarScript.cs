namespace Bulletin.Core.Extraction.Pages;

/// <summary>Recognises text written in the Myanmar script (U+1000–U+109F).</summary>
public static class MyanmarScript
{
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
            if (c is >= '\u1000' and <= '\u109F')
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
