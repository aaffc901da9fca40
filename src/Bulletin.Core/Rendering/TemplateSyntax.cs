using System.Text.RegularExpressions;

namespace Bulletin.Core.Rendering;

/// <summary>Finds the first structural fault in Handlebars source: unclosed expressions, comments and blocks.</summary>
/// <remarks>
/// Handlebars.Net reports parse positions only in its message and often for the wrong line, and its block
/// errors ("'#each' was never closed") carry none. Editors need the line they must fix, so we locate it
/// ourselves; the library's message still says what went wrong.
/// </remarks>
internal static partial class TemplateSyntax
{
    public static TemplateFault? FindFault(string source)
    {
        var blocks = new Stack<(string Name, int Index)>();
        var i = 0;
        while (i < source.Length)
        {
            var open = source.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            // \{{ is a literal mustache in Handlebars, not an expression.
            if (open > 0 && source[open - 1] == '\\')
            {
                i = open + 2;
                continue;
            }

            var (end, fault) = Expression(source, open);
            if (fault is not null)
            {
                return At(source, open, fault);
            }

            var body = source[open..end].Trim('{', '}').Trim('~').Trim();
            if (body.Length > 1 && (body[0] == '#' || body[0] == '^'))
            {
                blocks.Push((BlockName(body[1..]), open));
            }
            else if (body.Length > 1 && body[0] == '/')
            {
                var name = BlockName(body[1..]);
                if (blocks.Count == 0)
                {
                    return At(source, open, $"'{{{{/{name}}}}}' closes a block that was never opened");
                }

                var (openName, openIndex) = blocks.Pop();
                if (!string.Equals(name, openName, StringComparison.Ordinal))
                {
                    var (line, _) = Position(source, openIndex);
                    return At(source, open, $"'{{{{/{name}}}}}' does not match '{{{{#{openName}}}}}' opened on line {line}");
                }
            }

            i = end;
        }

        if (blocks.Count > 0)
        {
            var (name, index) = blocks.Peek();
            return At(source, index, $"block '{{{{#{name}}}}}' opened here is never closed with '{{{{/{name}}}}}'");
        }

        return null;
    }

    /// <summary>Returns the index just past the expression starting at <paramref name="open"/>, or why it never ends.</summary>
    private static (int End, string? Fault) Expression(string source, int open)
    {
        if (string.CompareOrdinal(source, open, "{{!--", 0, 5) == 0)
        {
            var close = source.IndexOf("--}}", open + 5, StringComparison.Ordinal);
            return close < 0 ? (0, "comment '{{!--' opened here is never closed with '--}}'") : (close + 4, null);
        }

        if (string.CompareOrdinal(source, open, "{{!", 0, 3) == 0)
        {
            var close = source.IndexOf("}}", open + 3, StringComparison.Ordinal);
            return close < 0 ? (0, "comment '{{!' opened here is never closed with '}}'") : (close + 2, null);
        }

        var triple = open + 2 < source.Length && source[open + 2] == '{';
        char? quote = null;
        for (var j = open + (triple ? 3 : 2); j < source.Length; j++)
        {
            var c = source[j];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '{' && j + 1 < source.Length && source[j + 1] == '{')
            {
                return (0, "'{{' opened here is never closed with '}}'");
            }
            else if (c == '}' && j + 1 < source.Length && source[j + 1] == '}')
            {
                if (!triple)
                {
                    return (j + 2, null);
                }

                return j + 2 < source.Length && source[j + 2] == '}'
                    ? (j + 3, null)
                    : (0, "'{{{' opened here is closed with '}}' instead of '}}}'");
            }
        }

        return (0, triple ? "'{{{' opened here is never closed with '}}}'" : "'{{' opened here is never closed with '}}'");
    }

    // "#each sections" -> "each", "#> layout" -> "layout", "#*inline \"x\"" -> "inline".
    private static string BlockName(string afterSigil) => NamePattern().Match(afterSigil).Groups[1].Value;

    private static TemplateFault At(string source, int index, string problem)
    {
        var (line, column) = Position(source, index);
        return new TemplateFault(line, column, problem);
    }

    private static (int Line, int Column) Position(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var k = 0; k < index; k++)
        {
            if (source[k] == '\n')
            {
                line++;
                lineStart = k + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"^[>*]?\s*([^\s}~]*)")]
    private static partial Regex NamePattern();
}
