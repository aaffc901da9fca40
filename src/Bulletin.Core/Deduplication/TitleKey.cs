using System.Globalization;
using System.Text;

namespace Bulletin.Core.Deduplication;

/// <summary>A title folded for comparing copies: case, accents, quotes, punctuation and spacing ignored.</summary>
public static class TitleKey
{
    public static string For(string title)
    {
        var builder = new StringBuilder(title.Length);
        var space = false;
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && c is < '\u1000' or > '\u109F')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is >= '\u1000' and <= '\u109F')
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
