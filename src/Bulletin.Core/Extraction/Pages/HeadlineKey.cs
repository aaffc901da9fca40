using System.Text;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>
/// A headline reduced for comparison: NFC, lower case, one kind of quote and dash, one space, no
/// closing punctuation. "Myanmar’s junta – a year on." and "Myanmar's junta - a year on" compare equal.
/// </summary>
internal static class HeadlineKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var source = text.IsNormalized() ? text : text.Normalize();
        var builder = new StringBuilder(source.Length);
        var space = false;
        foreach (var raw in source)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd('.', '!', ':', ';', ',', '|', '-', ' ', '။', '၊');
    }
}
