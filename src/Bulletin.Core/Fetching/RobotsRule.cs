using System.Globalization;
using System.Text;

namespace Bulletin.Core.Fetching;

/// <summary>One Allow or Disallow line: a path pattern where <c>*</c> matches any run and a final <c>$</c> anchors the end.</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Builds a rule with the pattern percent-encoded the way request paths are, so both compare alike.</summary>
    public static RobotsRule Create(bool allow, string pattern) => new(allow, Normalise(pattern));

    public bool Matches(string path)
    {
        var pattern = Pattern;
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        // Wildcard matching with single-star backtracking; a pattern without '$' only needs to match a prefix.
        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (!anchored && p == pattern.Length)
            {
                return true;
            }

            if (s == path.Length)
            {
                break;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starS = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Percent-encodes non-ASCII and spaces as UTF-8 and upper-cases existing escapes, as <see cref="Uri"/> does for paths.</summary>
    internal static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 0x7E || c <= 0x20)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
