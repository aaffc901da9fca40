using System.Text;
using HandlebarsDotNet;

namespace Bulletin.Core.Rendering;

/// <summary>Escapes values written into Markdown so a title cannot break a link or start emphasis or raw HTML.</summary>
/// <remarks>
/// Only characters that change meaning inside a line are escaped; a backslash escape is valid in link text
/// and link destinations alike, so the same encoder serves titles and URLs.
/// </remarks>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    private const string Special = "\\[]*_`<>";

    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        foreach (var chunk in text.GetChunks())
        {
            Write(chunk.Span, target);
        }
    }

    public void Encode(string? text, TextWriter target) => Write(text.AsSpan(), target);

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }

        while (text.MoveNext())
        {
            Write(text.Current, target);
        }
    }

    private static void Write(ReadOnlySpan<char> text, TextWriter target)
    {
        foreach (var c in text)
        {
            Write(c, target);
        }
    }

    private static void Write(char c, TextWriter target)
    {
        if (Special.Contains(c, StringComparison.Ordinal))
        {
            target.Write('\\');
        }

        target.Write(c);
    }
}
