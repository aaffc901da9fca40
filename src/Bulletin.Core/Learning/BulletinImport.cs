using System.Text.RegularExpressions;
using Bulletin.Core.Selection;

namespace Bulletin.Core.Learning;

/// <summary>One entry of a published bulletin's resources list: its section, title and "By …" line.</summary>
public sealed record ImportedItem(string Section, string Title, string By);

/// <summary>
/// Reads the "Resources from the past week" list of a published bulletin: section headings ("Statements
/// and Press Releases", "Reports"), then each item as its title on one line and "By Issuer" on the next.
/// Lines that pair with no "By" line (logos, footers, the bulletin's own articles) are passed over.
/// </summary>
public static partial class BulletinImport
{
    public static IReadOnlyList<ImportedItem> Read(string content)
    {
        var lines = BulletinText.Lines(content);

        // The list sits at the end of the bulletin; without its heading the whole text is taken as the list.
        var start = lines.ToList().FindLastIndex(l => ResourcesHeading().IsMatch(l));
        var items = new List<ImportedItem>();
        var section = Sections.Statements;
        string? title = null;
        foreach (var line in lines.Skip(start + 1))
        {
            if (Heading(line) is { } heading)
            {
                section = heading;
                title = null;
            }
            else if (By().Match(line) is { Success: true } by)
            {
                if (title is not null)
                {
                    items.Add(new ImportedItem(section, title, by.Groups["who"].Value.Trim()));
                }

                title = null;
            }
            else
            {
                title = line;
            }
        }

        return items;
    }

    /// <summary>A section heading of the list, as <see cref="Sections"/> names it; short lines only, so a title never counts.</summary>
    private static string? Heading(string line) =>
        line.Length <= 40 && SectionHeading().IsMatch(line) ? Sections.Named(line.TrimEnd(':')) ?? Sections.Statements : null;

    [GeneratedRegex(@"^resources(?:\s+(?:from|of)\s+the\s+(?:past|last)\s+week)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ResourcesHeading();

    [GeneratedRegex(@"^(?:statements?(?:\s*(?:and|&)\s*press\s+releases?)?|press\s+releases?|reports?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^by\s+(?<who>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex By();
}
