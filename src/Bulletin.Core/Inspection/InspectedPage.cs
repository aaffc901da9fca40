using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;

namespace Bulletin.Core.Inspection;

/// <summary>An HTML page as Bulletin reads it, with the kind and issuer it would record and why.</summary>
public sealed record InspectedPage : Inspected
{
    public required PageFacts Facts { get; init; }

    public required Decided<Kind> Kind { get; init; }

    public required Decided<string> Issuer { get; init; }
}
