using System.Text;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Tests.Extraction.Text;

public sealed class TextDecoderTests
{
    private static readonly byte[] CurlyQuotes1252 = [0x93, (byte)'h', (byte)'i', 0x94];

    [Fact]
    public void ByteOrderMarkWinsOverEveryDeclaration()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>မြန်မာ</a>")];

        var text = TextDecoder.Decode(body, "text/xml; charset=iso-8859-1");

        Assert.StartsWith("<?xml", text, StringComparison.Ordinal); // the mark itself is not kept
        Assert.Contains("မြန်မာ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsDecoded()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<rss>ရန်ကုန်</rss>")).ToArray();

        Assert.Equal("<rss>ရန်ကုန်</rss>", TextDecoder.Decode(body, null));
    }

    [Fact]
    public void HttpCharsetComesBeforeTheProlog()
    {
        var body = Encoding.GetEncoding("ISO-8859-7").GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Αθήνα</a>");

        Assert.Contains("Αθήνα", TextDecoder.Decode(body, "application/xml; charset=\"ISO-8859-7\""), StringComparison.Ordinal);
    }

    [Fact]
    public void XmlPrologCharsetIsUsedWhenHttpSaysNothing()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("<?xml version='1.0' encoding='windows-1252'?><t>"), .. CurlyQuotes1252, .. Encoding.ASCII.GetBytes("</t>")];

        Assert.EndsWith("<t>“hi”</t>", TextDecoder.Decode(body, "text/xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlMetaCharsetIsUsedForPages()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><p>"), .. CurlyQuotes1252];

        Assert.EndsWith("<p>“hi”", TextDecoder.Decode(body, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredNonUtf8BytesAreReadAsWindows1252()
    {
        Assert.Equal("“hi”", TextDecoder.Decode(CurlyQuotes1252, null));
    }

    [Fact]
    public void MostlyUtf8TextWithOneBadByteKeepsItsUtf8()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("မြန်မာ "), 0xFF];

        Assert.StartsWith("မြန်မာ", TextDecoder.Decode(body, null), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCharsetFallsBackGracefully()
    {
        var body = Encoding.UTF8.GetBytes("<a>café</a>");

        Assert.Equal("<a>café</a>", TextDecoder.Decode(body, "text/html; charset=x-no-such-charset"));
    }

    [Fact]
    public void ResultIsNormalisedToNfc()
    {
        var decomposed = "cafe\u0301";

        var text = TextDecoder.Decode(Encoding.UTF8.GetBytes(decomposed), "text/plain; charset=utf-8");

        Assert.Equal("caf\u00e9", text);
    }

    [Fact]
    public void EmptyBodyIsEmptyText()
    {
        Assert.Equal(string.Empty, TextDecoder.Decode([], "text/html"));
    }
}
