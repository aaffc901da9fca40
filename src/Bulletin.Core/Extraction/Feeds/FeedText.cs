using System.Text;
using System.Xml.Linq;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads a feed text element (a title, a summary) as plain text, whatever form it came in.</summary>
internal static class FeedText
{
    /// <summary>
    /// Plain text of an RSS or JSON text field. RSS does not say whether a title is text or HTML and
    /// publishers write both, so it is read as HTML: tags stripped, entities decoded.
    /// </summary>
    public static string? Loose(XElement? element) => element is null ? null : Nullify(PlainText.FromHtml(Markup(element)));

    /// <summary>Plain text of an Atom text construct, honouring type="text|html|xhtml" and Atom 0.3's mode.</summary>
    public static string? Construct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (element.Attr("type") ?? string.Empty).Trim().ToLowerInvariant();
        var mode = (element.Attr("mode") ?? string.Empty).Trim().ToLowerInvariant();
        var raw = Markup(element);
        // Atom 1.0 base64-encodes any type that is neither text nor XML; Atom 0.3 says so with mode.
        var binary = type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal);
        if ((mode == "base64" || binary) && TryBase64(raw, out var decoded))
        {
            raw = decoded;
        }

        var isHtml = element.HasElements || type is "html" or "text/html" or "xhtml" or "application/xhtml+xml"
            || (mode == "escaped" && type is not ("text" or "text/plain"));
        return Nullify(isHtml ? PlainText.FromHtml(raw) : PlainText.Collapse(raw));
    }

    /// <summary>The element's content as markup: inline child elements are serialised, text is kept as is.</summary>
    private static string Markup(XElement element)
    {
        if (!element.HasElements)
        {
            return element.Value;
        }

        var html = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            html.Append(node is XText text ? System.Net.WebUtility.HtmlEncode(text.Value) : node.ToString(SaveOptions.DisableFormatting));
        }

        return html.ToString();
    }

    private static bool TryBase64(string text, out string decoded)
    {
        decoded = string.Empty;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Nullify(string text) => text.Length == 0 ? null : text;
}
