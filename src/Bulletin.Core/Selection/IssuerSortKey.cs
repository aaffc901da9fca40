using System.Globalization;
using System.Text;

namespace Bulletin.Core.Selection;

/// <summary>The comparable form of an issuer name: an optional leading number and the folded remainder.</summary>
/// <param name="Number">Leading number as ASCII digits without leading zeros, or null when the name has none.</param>
/// <param name="Rest">Folded text after the number (or the whole folded name).</param>
internal readonly record struct IssuerSortKey(string? Number, string Rest) : IComparable<IssuerSortKey>
{
    public static IssuerSortKey Of(string issuer)
    {
        var folded = Fold(issuer);
        var digits = 0;
        while (digits < folded.Length && char.IsDigit(folded[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return new IssuerSortKey(null, folded);
        }

        return new IssuerSortKey(CanonicalNumber(folded.AsSpan(0, digits)), folded[digits..].TrimStart(' '));
    }

    public int CompareTo(IssuerSortKey other)
    {
        if (Number is null || other.Number is null)
        {
            if (Number is not null)
            {
                return -1;
            }

            if (other.Number is not null)
            {
                return 1;
            }

            return string.CompareOrdinal(Rest, other.Rest);
        }

        // Canonical digits without leading zeros: a longer number is a larger one, so any size compares safely.
        var byNumber = Number.Length != other.Number.Length
            ? Number.Length.CompareTo(other.Number.Length)
            : string.CompareOrdinal(Number, other.Number);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(Rest, other.Rest);
    }

    // The checker's norm() (NFC, curly quotes, whitespace) is subsumed here: NFKD supersedes NFC, and quotes
    // and whitespace fall into the punctuation runs that collapse to one space anyway.
    private static string Fold(string issuer)
    {
        string decomposed;
        try
        {
            decomposed = issuer.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Lone surrogates from a broken page: sort on the raw text rather than failing the whole draft.
            decomposed = issuer;
        }

        // After NFKD, Python's casefold() differs from lower() in only three ways that reach the key: both sharp
        // s forms fold to "ss", and the combining ypogegrammeni (dropped as a mark) folds to iota (a separator).
        var lowered = decomposed.ToLowerInvariant()
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("\u0345", "\u03B9", StringComparison.Ordinal);

        var key = new StringBuilder(lowered.Length);
        var gap = false;
        foreach (var rune in lowered.EnumerateRunes())
        {
            if (CombiningMarks.IsCombining(rune))
            {
                continue;
            }

            if (!IsKept(rune))
            {
                gap = true;
                continue;
            }

            if (gap && key.Length > 0)
            {
                key.Append(' ');
            }

            gap = false;
            key.Append(rune.ToString());
        }

        return key.ToString();
    }

    private static bool IsKept(Rune rune) =>
        rune.Value is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 0x1000 and <= 0x109F;

    // Python's int() reads any decimal digits, so Myanmar and Shan digits count as numbers too.
    private static string CanonicalNumber(ReadOnlySpan<char> digits)
    {
        var ascii = new StringBuilder(digits.Length);
        foreach (var digit in digits)
        {
            var value = CharUnicodeInfo.GetDecimalDigitValue(digit);
            if (ascii.Length == 0 && value == 0)
            {
                continue;
            }

            ascii.Append((char)('0' + value));
        }

        return ascii.Length == 0 ? "0" : ascii.ToString();
    }
}
