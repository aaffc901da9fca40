using System.Text.Encodings.Web;
using System.Text.Json;
using Bulletin.Core.Selection;

namespace Bulletin.Core.Rendering;

/// <summary>
/// The shape of <c>draft.json</c>. Each item's <c>published</c> is written at the offset its page
/// stated, so its day is the page's own; the week it belongs to was decided in the window's zone.
/// </summary>
internal sealed record DraftDocument(WindowDocument Window, IReadOnlyList<SectionDocument> Sections, IReadOnlyList<SourceReport> Sources)
{
    // Relaxed escaping keeps Burmese text and quotes readable for editors who open the file.
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static DraftDocument From(Draft draft)
    {
        var sections = draft.Sections
            .Select(s => new SectionDocument(s.Title, s.Items.Select(ItemDocument.From).ToList()))
            .ToList();
        return new DraftDocument(WindowDocument.Of(draft.Window), sections, draft.Sources);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>The window as dates plus the IANA zone they are read in.</summary>
internal sealed record WindowDocument(DateOnly From, DateOnly To, string TimeZone)
{
    public static WindowDocument Of(Window window) => new(window.From, window.To, ZoneId(window.Zone));

    // Windows names its zones differently; the file should read the same wherever the service ran.
    private static string ZoneId(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}

/// <summary>One section of <c>draft.json</c>.</summary>
internal sealed record SectionDocument(string Title, IReadOnlyList<ItemDocument> Items);

/// <summary>One item of <c>draft.json</c>, its publication instant at the offset its page stated.</summary>
internal sealed record ItemDocument(
    string Title,
    string Issuer,
    string Url,
    DateTimeOffset Published,
    string Language,
    string? SourceId,
    string? IssuerReason,
    string? KindReason,
    double IssuerConfidence,
    double KindConfidence,
    IReadOnlyList<string> IssuerAlternatives)
{
    public static ItemDocument From(DraftItem item) => new(
        item.Title,
        item.Issuer,
        item.Url,
        item.Published,
        item.Language,
        item.SourceId,
        item.IssuerReason,
        item.KindReason,
        item.IssuerConfidence,
        item.KindConfidence,
        item.IssuerAlternatives);
}
