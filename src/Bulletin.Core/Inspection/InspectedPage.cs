using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>An HTML page as Bulletin reads it, with the kind and issuer it would record and why.</summary>
public sealed record InspectedPage : Inspected
{
    public required PageFacts Facts { get; init; }

    public required ItemClassification Classification { get; init; }

    public Decided<Kind> Kind => Classification.Kind;

    public Classification.Attribution.Attribution Issuer => Classification.Issuer;
}
