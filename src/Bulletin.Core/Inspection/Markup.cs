using System.Text.RegularExpressions;

namespace Bulletin.Core.Inspection;

/// <summary>Tells an HTML page from other text once the feed reader has said a document is not a feed.</summary>
internal static partial class Markup
{
    private const int Sniffed = 64 * 1024;

    /// <summary>
    /// True when the start of the text has an HTML document's tags; JSON is never a page, even when
    /// its strings carry HTML (a WordPress REST answer).
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return !start.IsEmpty && start[0] is not ('{' or '[') && HtmlTag().IsMatch(Head(text));
    }

    /// <summary>Why a document is neither: the feed reader's reason, and what the bytes look like instead.</summary>
    public static string NeitherFeedNorPage(string text, string? contentType, string feedReason)
    {
        var served = contentType is { Length: > 0 } ? $" (served as {contentType.Split(';')[0].Trim()})" : string.Empty;
        var binary = LooksBinary(text) ? " The bytes look binary." : string.Empty;
        return $"neither a feed nor an HTML page{served}: {feedReason.TrimEnd('.')}.{binary}";
    }

    // Decoding garbage yields control characters and replacement characters; real text has few.
    private static bool LooksBinary(string text)
    {
        var head = Head(text);
        var odd = head.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')));
        return head.Length > 0 && odd * 10 > head.Length;
    }

    private static string Head(string text) => text.Length > Sniffed ? text[..Sniffed] : text;

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|title|meta|div|p|article|main|h1|table)[\s/>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
