using System.Globalization;

namespace Bulletin.Core.Rendering;

/// <summary>Builds the values templates see; the names here are the ones templates/README.md documents.</summary>
public static class DraftModel
{
    private const string DateFormat = "d MMMM yyyy";

    // Sources in these states delivered what they had; anything else needs an editor's eye.
    /// <summary>The template model for an arranged draft (see <see cref="DraftLayout.Arrange"/>).</summary>
    public static IReadOnlyDictionary<string, object?> From(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var attention = draft.Sources
            .Where(s => Storage.SourceRunStatus.NeedsAttention(s.Status))
            .Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["status"] = s.Status, ["message"] = s.Message })
            .ToList();

        return new Dictionary<string, object?>
        {
            ["window"] = new Dictionary<string, object?>
            {
                ["from"] = Format(draft.Window.From),
                ["to"] = Format(draft.Window.To),
                ["fromIso"] = draft.Window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["toIso"] = draft.Window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["timeZone"] = WindowDocument.Of(draft.Window).TimeZone,
            },
            ["sections"] = draft.Sections.Select(Section).ToList(),
            ["itemCount"] = draft.Sections.Sum(s => s.Items.Count),
            ["sourcesNeedingAttention"] = attention,
            ["hasSourcesNeedingAttention"] = attention.Count > 0,
        };
    }

    private static Dictionary<string, object?> Section(DraftSection section) => new()
    {
        ["title"] = section.Title,
        ["items"] = section.Items.Select(Item).ToList(),
        ["isEmpty"] = section.Items.Count == 0,
        ["count"] = section.Items.Count,
    };

    private static Dictionary<string, object?> Item(DraftItem item)
    {
        // The day the page gave; the week was chosen in the bulletin's zone.
        var published = item.Published;
        return new Dictionary<string, object?>
        {
            ["title"] = item.Title,
            ["issuer"] = item.Issuer,
            ["url"] = LinkableUrl(item.Url),
            ["published"] = published.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["publishedIso"] = published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["language"] = item.Language,
            ["sourceId"] = item.SourceId,
            ["issuerReason"] = item.IssuerReason,
            ["kindReason"] = item.KindReason,
        };
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    // Escaping stops markup, not a javascript: link an editor might click; only web and mail links get through.
    private static string LinkableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? url : "#";
}
