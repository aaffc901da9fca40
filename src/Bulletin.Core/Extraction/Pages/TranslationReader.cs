namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// Finds other-language versions of the page: hreflang alternates, and language-switch links near the
/// title ("မြန်မာဘာသာ", "Read in English"). Site-wide switchers that lead to a home page are ignored.
/// </summary>
public static class TranslationReader
{
    // Link texts that name a language, checked in order; the first match decides.
    private static readonly (string Needle, string Language)[] LanguageNames =
    [
        ("မြန်မာ", "my"), ("burmese", "my"), ("myanmar version", "my"), ("myanmar language", "my"), ("in myanmar", "my"),
        ("english", "en"), ("အင်္ဂလိပ်", "en"), ("中文", "zh"), ("chinese", "zh"), ("ไทย", "th"), ("thai", "th"),
        ("日本語", "ja"), ("japanese", "ja"), ("français", "fr"), ("french", "fr"),
    ];

    public static IReadOnlyDictionary<string, Uri> Read(PageDocument page, Uri? canonical, string? language)
    {
        var found = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        bool Elsewhere(Uri url) =>
            !Links.SamePage(url, page.Url) && (canonical is null || !Links.SamePage(url, canonical)) && !Links.IsHomePage(url);

        foreach (var link in page.Elements.LanguageLinks)
        {
            var rel = link.GetAttributeValue("rel", string.Empty);
            if (rel.Contains("alternate", StringComparison.OrdinalIgnoreCase))
            {
                Add(found, Elsewhere, LanguageReader.Normalise(link.GetAttributeValue("hreflang", null)), page.Resolve(link.GetAttributeValue("href", null)));
            }
        }

        foreach (var anchor in page.Elements.BodyLinks.Where(a => !page.WithinChrome(a)))
        {
            var hreflang = LanguageReader.Normalise(anchor.GetAttributeValue("hreflang", null));
            var inSwitch = anchor.Ancestors().Any(a => ClassNames.HasStem(a, "lang", "translation", "language", "i18n"));
            var code = hreflang ?? (inSwitch ? NamedLanguage(HtmlText.Of(anchor)) : null);
            if (code is not null)
            {
                Add(found, Elsewhere, code, page.Resolve(anchor.GetAttributeValue("href", null)));
            }
        }

        return found
            .Where(t => language is null || !t.Key.Equals(language, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static string? NamedLanguage(string text)
    {
        var lower = text.ToLowerInvariant();
        return text.Length > 60 ? null : LanguageNames.FirstOrDefault(n => lower.Contains(n.Needle, StringComparison.Ordinal)).Language;
    }

    // The first link for a language wins: head alternates come before body links.
    private static void Add(Dictionary<string, Uri> found, Func<Uri, bool> elsewhere, string? language, Uri? url)
    {
        if (language is not null && url is not null && elsewhere(url) && !found.ContainsKey(language))
        {
            found[language] = url;
        }
    }
}
