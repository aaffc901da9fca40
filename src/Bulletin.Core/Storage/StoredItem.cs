using Bulletin.Core.Classification;

namespace Bulletin.Core.Storage;

/// <summary>A collected item as kept between runs, keyed by its normalised canonical URL.</summary>
public sealed record StoredItem
{
    /// <summary>Normalised canonical URL, computed by the caller; the primary key.</summary>
    public required string Key { get; init; }

    public required string Url { get; init; }

    public required string SourceId { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset Published { get; init; }

    public required string Language { get; init; }

    public required string Issuer { get; init; }

    /// <summary>Why the item was attributed to <see cref="Issuer"/>, for the editor to check.</summary>
    public required string IssuerReason { get; init; }

    /// <summary>The words the attribution rests on (<see cref="Classification.Decided{T}.Quote"/>), for learning names.</summary>
    public string? IssuerQuote { get; init; }

    public required Kind Kind { get; init; }

    public required string KindReason { get; init; }

    /// <summary>The Key of the same item in the other language, when known.</summary>
    public string? TranslationKey { get; init; }

    public string? Summary { get; init; }

    /// <summary>When a run first saw the item; kept on every later upsert.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }
}
