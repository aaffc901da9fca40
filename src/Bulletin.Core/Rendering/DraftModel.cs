using System.Globalization;

namespace Bulletin.Core.Rendering;

/// <summary>Builds the values templates see; the names here are the ones templates/README.md documents.</summary>
public static class DraftModel
{
    private const string DateFormat = "d MMMM yyyy";

    /// <summary>
    /// The template model of a working draft (see <see cref="DraftLayout.Arrange"/>): <c>isDraft</c> is
    /// true and the sources needing attention are listed for the editors.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> From(Draft draft) => Model(draft, isDraft: true);

    /// <summary>
    /// The template model of an approved version, the bulletin readers get: <c>isDraft</c> is false
    /// and the attention list (internal URLs, selectors) is empty, whatever the draft carried.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Approved(Draft draft) => Model(draft, isDraft: false);

    private static Dictionary<string, object?> Model(Draft draft, bool isDraft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var zone = draft.Window.Zone;
        var attention = draft.Sources
            .Where(s => isDraft && Storage.SourceRunStatus.NeedsAttention(s.Status))
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
            ["sections"] = draft.Sections.Select(s => Section(s, zone)).ToList(),
            ["itemCount"] = draft.Sections.Sum(s => s.Items.Count),
            ["isDraft"] = isDraft,
            ["sourcesNeedingAttention"] = attention,
            ["hasSourcesNeedingAttention"] = attention.Count > 0,
        };
    }

    private static Dictionary<string, object?> Section(DraftSection section, TimeZoneInfo zone) => new()
    {
        ["title"] = section.Title,
        ["items"] = section.Items.Select(i => Item(i, zone)).ToList(),
        ["isEmpty"] = section.Items.Count == 0,
        ["count"] = section.Items.Count,
    };

    private static Dictionary<string, object?> Item(DraftItem item, TimeZoneInfo zone)
    {
        var published = TimeZoneInfo.ConvertTime(item.Published, zone);
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
    // Parentheses are percent-encoded: a ")" would end a Markdown link's destination, and servers read %29 alike.
    private static string LinkableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : "#";
}
