using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Attribution;

namespace Bulletin.Core.Storage;

/// <summary>A collected item as kept between runs, keyed by its normalised canonical URL.</summary>
public sealed record StoredItem
{
    /// <summary>Normalised canonical URL, computed by the caller; the primary key.</summary>
    public required string Key { get; init; }

    public required string Url { get; init; }

    public required string SourceId { get; init; }

    public required string Title { get; init; }

    /// <summary>When the item was published, at the offset its page or feed stated (the site's zone for a bare date).</summary>
    public required DateTimeOffset Published { get; init; }

    public required string Language { get; init; }

    public required string Issuer { get; init; }

    /// <summary>Why the item was attributed to <see cref="Issuer"/>, for the editor to check.</summary>
    public required string IssuerReason { get; init; }

    /// <summary>The words the attribution rests on (<see cref="Classification.Decided{T}.Quote"/>), for learning names.</summary>
    public string? IssuerQuote { get; init; }

    public required Kind Kind { get; init; }

    public required string KindReason { get; init; }

    /// <summary>How sure attribution was of <see cref="Issuer"/>, 0 to 1 (1 for items stored before it was measured).</summary>
    public double IssuerConfidence { get; init; } = 1;

    /// <summary>How sure the kind classifier was of <see cref="Kind"/>, 0 to 1.</summary>
    public double KindConfidence { get; init; } = 1;

    /// <summary>Every issuer the signals named, best first, for the editor to choose from.</summary>
    public IReadOnlyList<IssuerCandidate> IssuerCandidates { get; init; } = [];

    /// <summary>The Key of the same item in the other language, when known.</summary>
    public string? TranslationKey { get; init; }

    public string? Summary { get; init; }

    /// <summary>When a run first saw the item; kept on every later upsert.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }
}
