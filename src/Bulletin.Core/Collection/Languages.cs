namespace Bulletin.Core.Collection;

/// <summary>Language from the script of a text, for items whose source and page do not say.</summary>
public static class Languages
{
    /// <summary>"my" when most letters are Myanmar script, "en" when most are Latin, else null.</summary>
    public static string? OfText(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return null;
        }

        if (Extraction.Text.MyanmarScript.IsMostly(text))
        {
            return "my";
        }

        return letters.Count(c => c < '\u0250') * 2 > letters.Count ? "en" : null;
    }
}
