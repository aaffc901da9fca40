using System.Text;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>
/// Rewrites the characters dates are written in to the few the date patterns know: Burmese, Thai,
/// full-width and Arabic-Indic digits to ASCII, Burmese "၊" and full-width "，" to a comma, full-width
/// punctuation to ASCII, and every kind of space to a plain one.
/// </summary>
internal static class DateScript
{
    public static string Normalise(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Map(c));
        }

        return builder.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (Map(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static char Map(char c) => c switch
    {
        >= '\u1040' and <= '\u1049' => (char)('0' + (c - '\u1040')), // Burmese
        >= '\u0E50' and <= '\u0E59' => (char)('0' + (c - '\u0E50')), // Thai
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')), // full-width
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Persian
        '\u104A' or '\uFF0C' or '\u3001' or '\u060C' => ',',
        '\uFF1A' => ':',
        '\uFF0F' => '/',
        '\uFF0D' or '\u2010' or '\u2011' => '-',
        '\uFF0E' => '.',
        '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\t' or '\r' or '\n' => ' ',
        '\u200B' => ' ',
        _ => c,
    };
}
