using System.Text;
using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Text;

/// <summary>Finds the charset a document declares, in each of the places one can be declared.</summary>
internal static partial class CharsetDeclaration
{
    // Declarations sit near the top; a browser looks at the first 1,024 bytes, feeds sometimes need more.
    private const int SniffLength = 4096;

    public static (Encoding? Encoding, int Length) FromByteOrderMark(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => (null, 0),
    };

    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    public static string? FromXmlProlog(byte[] body)
    {
        var head = AsciiHead(body);
        var m = XmlProlog().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    public static string? FromHtmlMeta(byte[] body)
    {
        var head = AsciiHead(body);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>UTF-16 or UTF-32 without a byte-order mark, recognised by the zero bytes around the first "&lt;".</summary>
    public static Encoding? UnicodeWithoutMark(byte[] body) => body switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        [0x3C, 0x00, 0x3F or 0x21 or >= 0x41, 0x00, ..] => Encoding.Unicode,
        [0x00, 0x3C, 0x00, 0x3F or 0x21 or >= 0x41, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static string AsciiHead(byte[] body) => Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffLength));

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex(@"<\?xml[^>]*?encoding\s*=\s*[""'](?<cs>[A-Za-z0-9._:\-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlProlog();

    [GeneratedRegex(@"<meta[^>]+?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
