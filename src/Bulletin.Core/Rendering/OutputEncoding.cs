using System.Buffers;
using System.Text;

namespace Bulletin.Core.Rendering;

/// <summary>
/// How a format's template writes what a <c>{{ }}</c> produces. HTML and Markdown encode every value
/// by default, so a title from the web can never become markup or break a link; an editor never has
/// to remember an escaping filter. Other formats are plain text and write values as they are.
/// </summary>
public sealed class OutputEncoding
{
    // The characters the earlier templates' engine encoded, kept so approved texts read the same.
    private const string HtmlSpecial = "&<>\"'`=";
    private const string MarkdownSpecial = "\\[]*_`<>";
    private static readonly SearchValues<char> HtmlSearch = SearchValues.Create(HtmlSpecial);
    private static readonly SearchValues<char> MarkdownSearch = SearchValues.Create(MarkdownSpecial);

    private readonly Func<string, string> _encode;

    private OutputEncoding(string name, Func<string, string> encode)
    {
        Name = name;
        _encode = encode;
    }

    public static OutputEncoding Html { get; } = new("html", EncodeHtml);

    /// <summary>A backslash before what would end a link, start emphasis or open raw HTML; valid in link text and destinations alike.</summary>
    public static OutputEncoding Markdown { get; } = new("markdown", EncodeMarkdown);

    public static OutputEncoding Plain { get; } = new("plain", static text => text);

    /// <summary>"html", "markdown" or "plain".</summary>
    public string Name { get; }

    /// <summary>
    /// The encoding for a format's name: HTML for <c>htm</c> and any name ending in <c>html</c> (<c>html</c>,
    /// <c>wphtml</c>), Markdown for <c>markdown</c> and any name ending in <c>md</c>, plain text otherwise.
    /// </summary>
    public static OutputEncoding For(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format == "htm" || format.EndsWith("html", StringComparison.Ordinal) ? Html
            : format == "markdown" || format.EndsWith("md", StringComparison.Ordinal) ? Markdown
            : Plain;
    }

    public string Encode(string text) => _encode(text);

    private static string EncodeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny(HtmlSearch) < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            } ?? c.ToString());
        }

        return encoded.ToString();
    }

    private static string EncodeMarkdown(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownSearch) < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (MarkdownSpecial.Contains(c, StringComparison.Ordinal))
            {
                encoded.Append('\\');
            }

            encoded.Append(c);
        }

        return encoded.ToString();
    }
}
