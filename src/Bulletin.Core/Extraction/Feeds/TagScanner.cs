namespace Bulletin.Core.Extraction.Feeds;

/// <summary>Reads one start or end tag leniently: unquoted and valueless attributes, stray quotes.</summary>
internal static class TagScanner
{
    /// <summary>A tag's qualified name, its attributes (values still entity-encoded), and where it ends.</summary>
    public sealed record Tag(string Name, IReadOnlyList<(string Name, string Value)> Attributes, bool SelfClosing, int End);

    /// <summary>Reads the tag whose name starts at <paramref name="start"/> (just after "&lt;" or "&lt;/").</summary>
    public static Tag Read(string s, int start)
    {
        var i = start;
        var name = ReadName(s, ref i);
        var attributes = new List<(string, string)>();
        var selfClosing = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '<')
            {
                break; // a tag that never closed; let the next one start here
            }

            if (c == '/')
            {
                selfClosing = i + 1 < s.Length && s[i + 1] == '>';
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '=')
            {
                i++;
                continue;
            }

            var attribute = ReadName(s, ref i);
            if (attribute.Length == 0)
            {
                i++;
                continue;
            }

            attributes.Add((attribute, ReadValue(s, ref i)));
        }

        return new Tag(name, attributes, selfClosing, i);
    }

    private static string ReadName(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('>' or '/' or '=' or '<' or '"' or '\''))
        {
            i++;
        }

        return s[start..i];
    }

    private static string ReadValue(string s, ref int i)
    {
        var k = i;
        while (k < s.Length && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        if (k >= s.Length || s[k] != '=')
        {
            return string.Empty; // an attribute without a value, as HTML allows
        }

        k++;
        while (k < s.Length && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        if (k < s.Length && s[k] is '"' or '\'')
        {
            var quote = s[k];
            var close = s.IndexOf(quote, k + 1);
            var nextTag = s.IndexOf('<', k + 1);
            if (close >= 0 && (nextTag < 0 || close < nextTag))
            {
                i = close + 1;
                return s[(k + 1)..close];
            }

            // An unclosed quote: the value runs to the end of the tag, not to the end of the document.
            var end = s.IndexOf('>', k + 1);
            end = end < 0 || (nextTag >= 0 && nextTag < end) ? (nextTag < 0 ? s.Length : nextTag) : end;
            i = end;
            return s[(k + 1)..end];
        }

        var startValue = k;
        while (k < s.Length && !char.IsWhiteSpace(s[k]) && s[k] != '>')
        {
            k++;
        }

        i = k;
        return s[startValue..k];
    }
}
