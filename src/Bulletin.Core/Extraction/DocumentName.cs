using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction;

/// <summary>
/// A readable title from a document's file name ("KHRG-Report_Bombing-of-Schools.pdf" → "KHRG Report
/// Bombing of Schools"), for a PDF linked with no text of its own.
/// </summary>
public static partial class DocumentName
{
    public static string? Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var file = Uri.UnescapeDataString(url.Segments[^1]);
        var dot = file.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var words = Separators().Replace(file[..dot], " ").Trim();
        return words.Length == 0 ? null : words;
    }

    [GeneratedRegex(@"[\s_\-+.]+")]
    private static partial Regex Separators();
}
