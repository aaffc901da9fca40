using System.Globalization;
using Bulletin.Core.Selection;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Rendering;

/// <summary>
/// What a template sees of a draft. Templates name these members in snake_case (<c>item_count</c>,
/// <c>window.from_iso</c>); templates/README.md documents every one, and its order and shape are the
/// draft's own: nothing here sorts or decides.
/// </summary>
public sealed record DraftModel(
    WindowModel Window,
    IReadOnlyList<SectionModel> Sections,
    int ItemCount,
    IReadOnlyList<SourceModel> SourcesNeedingAttention)
{
    internal const string DateFormat = "d MMMM yyyy";

    public bool HasSourcesNeedingAttention => SourcesNeedingAttention.Count > 0;

    /// <summary>A week with every part a template can show: an item in each section and a source in trouble.</summary>
    internal static DraftModel Sample { get; } = new(
        new WindowModel("17 May 2025", "23 May 2025", "2025-05-17", "2025-05-23", "Asia/Yangon"),
        [
            new SectionModel("Statements and Press Releases", [new ItemModel("//example.org/s", "A statement", "An issuer", "https://example.org/s", "20 May 2025", "2025-05-20T10:00:00+06:30", "en", "statement", "example", "named on the page", "title says statement")]),
            new SectionModel("Reports", [new ItemModel("//example.org/r", "A report", "An issuer", "https://example.org/r", "21 May 2025", "2025-05-21T10:00:00+06:30", "en", "report", null, null, null)]),
        ],
        2,
        [new SourceModel("example", "failed", "HTTP 503")]);

    /// <summary>
    /// True for the working draft (the <c>draft.*</c> files, the review); false for an approved version,
    /// the bulletin readers get, which templates do not call a draft.
    /// </summary>
    public bool IsDraft { get; init; } = true;

    /// <summary>
    /// The model of an approved version: not a draft, and no attention list (internal URLs, selectors),
    /// whatever the draft carried; those notes belong to the working draft and the review.
    /// </summary>
    public static DraftModel Approved(Draft draft) => From(draft) with { IsDraft = false, SourcesNeedingAttention = [] };

    /// <summary>The model of the working draft.</summary>
    public static DraftModel From(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new DraftModel(
            WindowModel.Of(draft.Window),
            draft.Sections.Select(SectionModel.Of).ToList(),
            draft.ItemCount,
            draft.Sources.Where(s => SourceRunStatus.NeedsAttention(s.Status)).Select(s => new SourceModel(s.Id, s.Status, s.Message)).ToList());
    }
}

/// <summary>The bulletin's week as templates print it.</summary>
/// <param name="From">First day, e.g. <c>17 May 2025</c>.</param>
/// <param name="To">Last day.</param>
/// <param name="FromIso">First day as <c>2025-05-17</c>.</param>
/// <param name="ToIso">Last day as <c>2025-05-23</c>.</param>
/// <param name="TimeZone">The bulletin's IANA zone, e.g. <c>Asia/Yangon</c>.</param>
public sealed record WindowModel(string From, string To, string FromIso, string ToIso, string TimeZone)
{
    public static WindowModel Of(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new(
            window.From.ToString(DraftModel.DateFormat, CultureInfo.InvariantCulture),
            window.To.ToString(DraftModel.DateFormat, CultureInfo.InvariantCulture),
            window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            WindowDocument.Of(window).TimeZone);
    }
}

/// <summary>One section; both standard sections are always there, in published order, even when empty.</summary>
public sealed record SectionModel(string Title, IReadOnlyList<ItemModel> Items)
{
    public bool IsEmpty => Items.Count == 0;

    public int Count => Items.Count;

    public static SectionModel Of(DraftSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(section.Title, section.Items.Select(ItemModel.Of).ToList());
    }
}

/// <summary>One line of the bulletin.</summary>
/// <param name="Key">The item's key in the store, stable across runs (for anchors or ids).</param>
/// <param name="Title">The title as published, or as an editor corrected it.</param>
/// <param name="Issuer">The issuing body, as editors print it after "By".</param>
/// <param name="Url">The link, or <c>#</c> when it is not an http, https or mailto link (a <c>javascript:</c> link is never written).</param>
/// <param name="Published">Publication day as the page stated it (its own offset; the week was chosen in the bulletin's zone), e.g. <c>20 May 2025</c>.</param>
/// <param name="PublishedIso">Publication time at the offset the page stated, e.g. <c>2025-05-20T15:30:00-04:00</c>.</param>
/// <param name="Language">Language code, e.g. <c>en</c>, <c>my</c>.</param>
/// <param name="Kind"><c>statement</c> or <c>report</c>.</param>
/// <param name="SourceId">The source it was collected from; empty for an editor's addition with no source.</param>
/// <param name="IssuerReason">Why it was credited to its issuer.</param>
/// <param name="KindReason">Why it is in its section.</param>
public sealed record ItemModel(
    string Key,
    string Title,
    string Issuer,
    string Url,
    string Published,
    string PublishedIso,
    string Language,
    string Kind,
    string? SourceId,
    string? IssuerReason,
    string? KindReason)
{
    public static ItemModel Of(DraftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(
            item.Key,
            item.Title,
            item.Issuer,
            LinkableUrl(item.Url),
            item.Published.ToString(DraftModel.DateFormat, CultureInfo.InvariantCulture),
            item.Published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            item.Language,
            item.Kind.ToString().ToLowerInvariant(),
            item.SourceId,
            item.IssuerReason,
            item.KindReason);
    }

    // Encoding stops markup, not a javascript: link an editor might click; only web and mail links get through.
    // Parentheses are percent-encoded: a ")" would end a Markdown link's destination, and servers read %29 alike.
    private static string LinkableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : "#";
}

/// <summary>A source whose latest check was not <c>ok</c>.</summary>
public sealed record SourceModel(string Id, string Status, string? Message);
