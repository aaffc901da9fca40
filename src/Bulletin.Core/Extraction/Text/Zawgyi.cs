using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Text;

/// <summary>
/// Recognises and converts Zawgyi, the legacy font encoding that reuses the Myanmar code points in
/// visual order (the e vowel and ya-yit before their consonant, U+1039 as asat, glyph variants at
/// U+1060–U+1097) and that Myanmar sites still publish.
/// </summary>
/// <remarks>
/// Detection weighs sequences Unicode's spelling rules forbid against sequences only Unicode writes,
/// so it works on a single title. Text with neither (say "ကေလး", which both encodings can hold) counts
/// as Unicode: converting Unicode by mistake damages it more than leaving a rare Zawgyi title alone.
/// Unicode Shan, Mon or Karen text uses the U+1060–U+109F letters too and may read as Zawgyi.
/// </remarks>
public static partial class Zawgyi
{
    // Each sign of one encoding outweighs a sign of the other that the other encoding can also produce.
    private const int Strong = 2;
    private const int Weak = 1;

    /// <summary>True when <paramref name="text"/> is more likely Zawgyi than Unicode Burmese.</summary>
    public static bool IsLikely(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MyanmarScript.Contains(text))
        {
            return false;
        }

        var zawgyi = Strong * ZawgyiOnly().Count(text) + Weak * ZeroForWa().Count(text);
        var unicode = Strong * UnicodeOnly().Count(text) + Weak * UnicodeLeaning().Count(text);
        return zawgyi > unicode;
    }

    /// <summary>
    /// <paramref name="text"/> rewritten from Zawgyi to Unicode with the Rabbit converter's rules; apply
    /// only to text known or judged (<see cref="IsLikely"/>) to be Zawgyi, since it garbles Unicode.
    /// </summary>
    public static string ToUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MyanmarScript.Contains(text) ? ZawgyiRules.Apply(text) : text;
    }

    // Sequences Unicode never stores, each the Zawgyi way of writing something common:
    // glyph-variant code points; the e vowel not after a consonant or medial (Zawgyi types it first),
    // or right before a medial; ya-yit (U+103B) not after a consonant; U+1039 as a final asat rather
    // than a virama between consonants; ya-pin (U+103A) followed by a vowel sign; medials out of
    // Unicode's ya-ra-wa-ha order; Zawgyi's "ရြ" (rwa).
    [GeneratedRegex(
        "[\u1033\u1034\u105A\u1060-\u1097]"
        + "|(?<![\u1000-\u102A\u103B-\u103F\u104E])\u1031|\u1031(?=[\u1031\u103B-\u103E])"
        + "|(?<![\u1000-\u102A\u103F])\u103B"
        + "|\u1039(?![\u1000-\u1021])|(?<![\u1000-\u1021\u103A])\u1039"
        + "|\u103A[\u102B-\u102E\u1032-\u1036]"
        + "|[\u103C-\u103E]\u103B|[\u103D\u103E]\u103C|\u103E\u103D"
        + "|\u101B\u103C")]
    private static partial Regex ZawgyiOnly();

    // Zawgyi typists often write the digit zero for the letter wa; so do careless Unicode typists.
    [GeneratedRegex("(?<![\u1040-\u1049])\u1040(?=[\u102B-\u1030\u1032\u1036\u1038])")]
    private static partial Regex ZeroForWa();

    // Medial ha (U+103E, unused by Zawgyi), kinzi spelled out, dot below before asat.
    [GeneratedRegex("\u103E|\u1004\u103A\u1039|\u1037\u103A")]
    private static partial Regex UnicodeOnly();

    // An asat closing a syllable, and the e vowel after a medial: Unicode's everyday order, which
    // Zawgyi produces only for some words (ya-pin before a consonant, a medial ending one syllable).
    [GeneratedRegex("[\u1000-\u1021]\u103A(?![\u102B-\u1030\u1032-\u1036])|[\u103B-\u103E]\u1031")]
    private static partial Regex UnicodeLeaning();
}
