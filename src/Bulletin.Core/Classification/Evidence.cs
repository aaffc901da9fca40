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
    /// <summary>How sure the decision is, 0 to 1; 1 when nothing measured it.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// The words the decision rests on, as the page, lead or sources file wrote them ("Statement by
    /// the Karenni Civil Society Network", a byline), when there are such words. Learning reads
    /// names from here, never from <see cref="Reason"/>, which is worded for editors.
    /// </summary>
    public string? Quote { get; init; }
}
