using System.Text;

namespace Bulletin.Core.Extraction.Text;

/// <summary>
/// Turns a response body into text the way a browser would: a byte-order mark first, then the
/// HTTP charset, then the XML prolog, then an HTML meta declaration, else UTF-8 — and windows-1252
/// when bytes that claim (or default to) UTF-8 are plainly not UTF-8.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        // Legacy code pages (windows-1252, ISO-8859-x, EUC-KR, Big5...) are not in .NET by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>windows-1252, which .NET only knows once the code pages are registered.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Decodes <paramref name="body"/> to NFC-normalised text.</summary>
    public static string Decode(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return string.Empty;
        }

        var (encoding, bomLength) = CharsetDeclaration.FromByteOrderMark(body);
        var text = encoding is not null
            ? encoding.GetString(body, bomLength, body.Length - bomLength)
            : DecodeDeclared(body, contentType);
        return Normalise(text);
    }

    /// <summary>The encoding for a charset label, or null when .NET does not know the label.</summary>
    public static Encoding? EncodingFor(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "utf8" => "utf-8",
            "latin1" or "latin-1" or "iso-8859-1" or "us-ascii" or "ascii" => "windows-1252", // as browsers do
            "x-sjis" or "sjis" => "shift_jis",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string DecodeDeclared(byte[] body, string? contentType)
    {
        var declared = EncodingFor(CharsetDeclaration.FromContentType(contentType))
            ?? CharsetDeclaration.UnicodeWithoutMark(body)
            ?? Sane(EncodingFor(CharsetDeclaration.FromXmlProlog(body)))
            ?? EncodingFor(CharsetDeclaration.FromHtmlMeta(body));

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(body);
        }

        return DecodeUtf8OrLegacy(body);
    }

    // The prolog was readable as ASCII, so a prolog that says UTF-16 or UTF-32 is a common lie.
    private static Encoding? Sane(Encoding? declared) => declared is UnicodeEncoding or UTF32Encoding ? null : declared;

    private static string DecodeUtf8OrLegacy(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            // Mostly-UTF-8 text with a stray bad byte keeps its UTF-8 (Burmese must survive);
            // text with no multi-byte sequences at all is legacy Western text.
            return Utf8Shape.HasMultiByteSequences(body)
                ? Encoding.UTF8.GetString(body)
                : Windows1252.GetString(body);
        }
    }

    private static string Normalise(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // lone surrogates cannot be normalised; keep the text as decoded
        }
    }
}
