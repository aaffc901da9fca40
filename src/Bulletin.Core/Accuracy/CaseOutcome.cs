using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Accuracy;

/// <summary>What the pipeline made of one case: its decisions, and the item it would store (null when undated).</summary>
internal sealed record CaseOutcome(LabelledCase Case, PageFacts? Page, Decided<Kind> Kind, Decided<string> Issuer, StoredItem? Item, Uri? CopyOf)
{
    /// <summary>The store key the item ends under: the original's when the page is a copy.</summary>
    public string? Key => Item?.Key;

    public string Section => Kind.Value == Classification.Kind.Excluded ? AccuracyFields.NoSection : Selection.Sections.For(Kind.Value);
}
