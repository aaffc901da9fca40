using Bulletin.Core.Selection;
namespace Bulletin.Core.Rendering;

/// <summary>Puts a draft into published shape: both standard sections in order, items sorted by issuer.</summary>
public static class DraftLayout
{
    /// <summary>
    /// Returns the draft with "Statements and Press Releases" then "Reports" (created empty when absent),
    /// any other sections after them, and each section's items in <see cref="IssuerOrder"/>.
    /// </summary>
    public static Draft Arrange(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // Sections are matched by title, ignoring case; repeated titles are merged in their given order.
        var merged = draft.Sections
            .GroupBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DraftSection(g.Key, g.SelectMany(s => s.Items).ToList()))
            .ToList();

        var standard = Sections.InOrder.Select(title => new DraftSection(
            title,
            merged.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase))?.Items ?? []));
        var others = merged.Where(s => !Sections.InOrder.Contains(s.Title, StringComparer.OrdinalIgnoreCase));

        // OrderBy is stable: items by one issuer keep their incoming order, so a translation stays beside its original.
        var sections = standard.Concat(others)
            .Select(s => s with { Items = s.Items.OrderBy(i => i.Issuer, IssuerOrder.Instance).ToList() })
            .ToList();

        return draft with { Sections = sections };
    }
}
