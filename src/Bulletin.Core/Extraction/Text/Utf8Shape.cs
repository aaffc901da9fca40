namespace Bulletin.Core.Extraction.Text;

/// <summary>Tells text that is UTF-8 with a few damaged bytes from text in a legacy single-byte code page.</summary>
internal static class Utf8Shape
{
    /// <summary>True when the bytes hold at least one well-formed multi-byte UTF-8 sequence.</summary>
    public static bool HasMultiByteSequences(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || i + length > bytes.Length)
            {
                continue;
            }

            var continuation = true;
            for (var k = 1; k < length; k++)
            {
                continuation &= bytes[i + k] is >= 0x80 and <= 0xBF;
            }

            if (continuation)
            {
                return true;
            }
        }

        return false;
    }
}
