using System.Text;

namespace Bulletin.Core.Extraction.Text;

/// <summary>Brings text that may hold Burmese to one spelling: Zawgyi converted to Unicode, then NFC.</summary>
public static class BurmeseText
{
    /// <summary>
    /// <paramref name="text"/> in standard Unicode: converted when it is likely Zawgyi, then NFC-normalised.
    /// Text without Myanmar letters comes back untouched, so the common case costs one scan.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasMyanmar(text))
        {
            return text;
        }

        var unicode = Zawgyi.IsLikely(text) ? ZawgyiRules.Apply(text) : text;
        return unicode.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="text"/> has a character of the Myanmar block (U+1000–U+109F).</summary>
    public static bool HasMyanmar(string text) => text.AsSpan().IndexOfAnyInRange('\u1000', '\u109F') >= 0;
}
