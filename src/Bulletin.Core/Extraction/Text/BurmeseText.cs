using System.Text;

namespace Bulletin.Core.Extraction.Text;

/// <summary>Brings text to one spelling: Burmese in Zawgyi converted to Unicode, then everything NFC.</summary>
public static class BurmeseText
{
    /// <summary>
    /// <paramref name="text"/> in standard Unicode: converted when it is likely Zawgyi, then NFC-normalised.
    /// Text without Myanmar letters that is already NFC comes back as the same string, so the common
    /// case costs two scans.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MyanmarScript.Contains(text))
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var unicode = Zawgyi.IsLikely(text) ? ZawgyiRules.Apply(text) : text;
        return unicode.Normalize(NormalizationForm.FormC);
    }
}
