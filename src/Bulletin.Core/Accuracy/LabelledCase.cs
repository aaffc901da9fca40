using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Sources;

namespace Bulletin.Core.Accuracy;

/// <summary>One labelled item: what a source handed over (lead, page) and what an editor says it is.</summary>
public sealed record LabelledCase
{
    public required string Id { get; init; }

    public required SourceDefinition Source { get; init; }

    public required Lead Lead { get; init; }

    /// <summary>The item's page as served, when the case has one; a lead-only case is read from the lead alone.</summary>
    public string? Html { get; init; }

    public required Expectation Expected { get; init; }

    /// <summary>Where the case was written ("cases/un.jsonl:12"), so a miss can be found and fixed.</summary>
    public required string Origin { get; init; }
}

/// <summary>The editor's labels for one case.</summary>
public sealed record Expectation
{
    /// <summary>The issuer as the bulletin prints it; null when it does not matter (an excluded item).</summary>
    public string? Issuer { get; init; }

    public required Kind Kind { get; init; }

    /// <summary>The bulletin section, or <see cref="AccuracyFields.NoSection"/> for an item kept out.</summary>
    public required string Section { get; init; }

    /// <summary>Id of the case this one is a copy of (cross-post, URL variant, repost); that case is the one kept.</summary>
    public string? SameAs { get; init; }

    /// <summary>Id of the English case this one translates; the two are shown side by side, English first.</summary>
    public string? TranslationOf { get; init; }
}
