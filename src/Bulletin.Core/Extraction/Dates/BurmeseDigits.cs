using System.Text;

namespace Bulletin.Core.Extraction.Dates;

/// <summary>Burmese digits (၀–၉, U+1040–U+1049) as ASCII digits, so dates and counts written in them parse.</summary>
public static class BurmeseDigits
{
    public static string ToAscii(string text)
    {
        if (!text.Any(IsBurmeseDigit))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsBurmeseDigit(c) ? (char)('0' + (c - '\u1040')) : c);
        }

        return builder.ToString();
    }

    private static bool IsBurmeseDigit(char c) => c is >= '\u1040' and <= '\u1049';
}
