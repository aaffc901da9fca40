using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>Reads the page language, trusting the script of the title over a template's stock lang attribute.</summary>
public static class LanguageReader
{
    public static Signal<string>? Read(PageDocument page, string? title)
    {
        var declared = Normalise(page.Root.SelectSingleNode("//html")?.GetAttributeValue("lang", null)) is { } lang
            ? new Signal<string>(lang, "html lang")
            : Normalise(page.Meta("og:locale")) is { } locale
                ? new Signal<string>(locale, "og:locale")
                : Normalise(page.MainEntity?.InLanguage) is { } inLanguage
                    ? new Signal<string>(inLanguage, "JSON-LD inLanguage")
                    : null;

        // Bilingual WordPress sites often keep lang="en-US" on Burmese posts; the title's script does not lie.
        if (MyanmarScript.IsMostly(title) && declared?.Value != "my")
        {
            return new Signal<string>("my", "title script");
        }

        return declared;
    }

    /// <summary>"en-US" → "en", "my_MM" → "my", "bur"/"mya" → "my"; null for empty or unusable values.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "bur" or "mya" or "burmese" => "my",
            "eng" or "english" => "en",
            "x" or "" => null,
            _ when primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) => primary,
            _ => null,
        };
    }
}
