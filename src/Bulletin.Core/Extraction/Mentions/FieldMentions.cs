using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Extraction.Mentions;

/// <summary>
/// Labelled fields that say whose an item is: "Source: X", "Published by: X", "Issued by X",
/// "Source/publisher: X", "Author: X", "ရင်းမြစ် - X", "ထုတ်ပြန်သူ - X". The value may follow the label on
/// the same line or stand on the next one (a label element, then a value element).
/// </summary>
internal static partial class FieldMentions
{
    private const int MaxValue = 160;

    public static IEnumerable<IssuerMention> Read(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // "March 8, 2024 • Author: Women's League of Burma • 3 minute read": a field inside a meta line.
            var m = lines[i].Text.Split(['•', '·', '|'], StringSplitOptions.TrimEntries).Select(part => Field().Match(part)).FirstOrDefault(x => x.Success);
            if (m is null)
            {
                continue;
            }

            var label = m.Groups["label"].Value.Trim();
            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < lines.Count)
            {
                value = lines[i + 1].Text;
            }

            // "Posted by GSCB Media at 8:30 AM Labels: …": a value ends where the next field starts.
            value = NextField().Replace(value, string.Empty);

            // "Statement by: the Yaw Defence Force on Civilian Casualties in Gangaw": what follows "on" is the subject.
            value = Subject().Replace(value, string.Empty).TrimEnd('.', ';', ',');
            if (value.Length is 0 or > MaxValue || LooksLikeAddress(value))
            {
                continue;
            }

            var signal = Byline().IsMatch(label) ? MentionSignal.Byline : MentionSignal.SourceField;
            yield return new IssuerMention(value, signal, $"'{label}' field");
        }
    }

    // "Source: hrw.org/news/…" names a site, which the original-link reader follows instead.
    private static bool LooksLikeAddress(string value) =>
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || (value.Contains('/') && value.Contains('.') && !value.Contains(' '));

    /// <summary>Labels of the web team that typed the item in, not of the body that issued it.</summary>
    [GeneratedRegex(@"^(?:written|posted|uploaded|edited|compiled)\s+by$|^from$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s+(?:on|regarding|concerning|about|over|following)\s+(?:the\s+)?\p{Lu}.*$|\s+(?:on|regarding|concerning|about)\s+\p{Ll}.*$", RegexOptions.None, 1000)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\s+(?:at\s+\d{1,2}[:.]\d{2}.*|(?:labels|tags|categories|category|topics|posted in|filed under)\s*:.*)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NextField();

    [GeneratedRegex(@"^\s*(?<label>source(?:\s*/\s*publisher)?|sources?\s+organi[sz]ation|publisher|published\s+by|issued\s+by|released\s+by|statement\s+by|press\s+release\s+by|press\s+release|media\s+release|author(?:s|\(s\))?|organi[sz]ation|issuing\s+(?:body|organi[sz]ation)|from|written\s+by|posted\s+by|uploaded\s+by|ရင်းမြစ်|ထုတ်ပြန်သူ(?:များ)?|ထုတ်ပြန်သည့်\s*အဖွဲ့(?:အစည်း)?|ထုတ်ပြန်သော\s*အဖွဲ့(?:အစည်း)?|အဖွဲ့အစည်း)\s*(?:[:：\-–—]\s*|\s+(?=\p{Lu}))(?<value>.*)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Field();
}
