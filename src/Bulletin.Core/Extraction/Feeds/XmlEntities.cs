using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Decodes character and entity references as a browser would: XML's five, HTML's named ones, numbers.</summary>
internal static class XmlEntities
{
    private const int LongestName = 32;

    private static readonly SearchValues<char> NotInReferences = SearchValues.Create(" \t\r\n&<");

    /// <summary>Decodes the reference starting at <paramref name="i"/> (an "&amp;") and moves past it.</summary>
    public static string DecodeAt(string s, ref int i)
    {
        var semicolon = s.IndexOf(';', i + 1, Math.Min(LongestName, s.Length - i - 1));
        if (semicolon < 0)
        {
            i++;
            return "&"; // a bare ampersand, as in "Q&A"
        }

        var body = s.AsSpan(i + 1, semicolon - i - 1);
        var decoded = Decode(body);
        if (decoded is null)
        {
            i++;
            return "&";
        }

        i = semicolon + 1;
        return decoded;
    }

    /// <summary>Decodes every reference in an attribute value.</summary>
    public static string DecodeAll(string value)
    {
        if (!value.Contains('&', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length;)
        {
            if (value[i] == '&')
            {
                text.Append(DecodeAt(value, ref i));
            }
            else
            {
                text.Append(value[i++]);
            }
        }

        return text.ToString();
    }

    /// <summary>Drops characters XML cannot hold (stray control bytes in a damaged feed).</summary>
    public static string Clean(string value)
    {
        foreach (var c in value)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return new string(value.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)).ToArray());
            }
        }

        return value;
    }

    private static string? Decode(ReadOnlySpan<char> body)
    {
        if (body.Length == 0 || body.ContainsAny(NotInReferences))
        {
            return null;
        }

        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return null;
            }

            return FromCodePoint(code);
        }

        switch (body)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }

        var reference = "&" + body.ToString() + ";";
        var html = WebUtility.HtmlDecode(reference);
        return html == reference ? null : html;
    }

    private static string FromCodePoint(int code)
    {
        // Browsers read 128-159 as windows-1252, which is what the authors of such feeds meant.
        if (code is >= 0x80 and <= 0x9F)
        {
            return TextDecoder.Windows1252.GetString([(byte)code]);
        }

        if (code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32(code);
    }
}
