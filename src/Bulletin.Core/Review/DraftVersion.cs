namespace Bulletin.Core.Review;

/// <summary>An approved, frozen version of a week's draft: the items as approved and the texts as exported.</summary>
public sealed record DraftVersion
{
    /// <summary>The formats a version keeps and the review page exports: the HTML, Markdown and plain text editors publish.</summary>
    public static readonly IReadOnlyList<string> ExportFormats = ["html", "md", "txt"];

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>1 for the first approval of the week, then 2, 3, …</summary>
    public required int Version { get; init; }

    public required string ApprovedBy { get; init; }

    public required DateTimeOffset ApprovedAt { get; init; }

    /// <summary>The draft as <c>draft.json</c> has it.</summary>
    public required string ModelJson { get; init; }

    public required IReadOnlyList<VersionItem> Items { get; init; }

    public required string Html { get; init; }

    public required string Markdown { get; init; }

    public required string Text { get; init; }

    /// <summary>The text kept for one of <see cref="ExportFormats"/>, or null for any other format.</summary>
    public string? TextOf(string format) => format switch
    {
        "html" => Html,
        "md" => Markdown,
        "txt" => Text,
        _ => null,
    };

    /// <summary>How the review page names an export format.</summary>
    public static string Label(string format) => format switch
    {
        "html" => "HTML",
        "md" => "Markdown",
        "txt" => "Plain text",
        _ => format,
    };
}

/// <summary>One item as a version had it; enough to tell what a later version changed.</summary>
public sealed record VersionItem(string Key, string Title, string Issuer, string Section, string Url)
{
    public static VersionItem Of(Selection.DraftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Key, item.Title, item.Issuer, item.Section, item.Url);
    }
}
