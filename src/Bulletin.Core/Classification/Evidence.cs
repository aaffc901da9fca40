using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Classification;

/// <summary>Everything known about one item when it is classified: its source, its lead and its page.</summary>
public sealed record Evidence(SourceDefinition Source, Lead Lead, PageFacts? Page)
{
    /// <summary>The title as the page states it, else as the lead gives it, else a document's file name.</summary>
    public string Title => Page?.Title?.Value ?? Lead.Title ?? DocumentName.Of(Lead.Url) ?? "";

    /// <summary>Kind labels from the lead (feed categories, listing badges) and from the page.</summary>
    public IEnumerable<string> Labels => Lead.Labels.Concat(Page?.Labels ?? []);

    public Uri Url => Page?.Url ?? Lead.Url;
}

/// <summary>A decision with the reason an editor can read, and how sure it is (0 to 1).</summary>
public sealed record Decided<T>(T Value, string Reason)
{
    public double Confidence { get; init; } = 1;
}
