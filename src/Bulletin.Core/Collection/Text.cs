using System.Text;
using System.Text.RegularExpressions;

namespace Bulletin.Core.Collection;

/// <summary>Titles as they are stored: Unicode NFC, one space between words, no edge spaces.</summary>
public static partial class Text
{
    public static string Tidy(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
