using System.Text.Json.Serialization;

namespace Bulletin.Core.Accuracy;

/// <summary>One line of a labelled set file, as written (see tests/labelled/README.md).</summary>
internal sealed record LabelledLine
{
    public string? Id { get; init; }

    public LineSource? Source { get; init; }

    public LineLead? Lead { get; init; }

    /// <summary>A page file, relative to the set file's folder.</summary>
    public string? Page { get; init; }

    /// <summary>A page written inline, for short ones.</summary>
    public string? Html { get; init; }

    public LineExpectation? Expect { get; init; }

    /// <summary>Why the case is in the set; not read by the runner.</summary>
    public string? Note { get; init; }
}

/// <summary>The source a case came from; only what classification reads.</summary>
internal sealed record LineSource
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? Url { get; init; }

    public string? Issuer { get; init; }

    public bool PublishesForOthers { get; init; }

    public string? Kind { get; init; }

    public string? Language { get; init; }

    public string? TimeZone { get; init; }
}

/// <summary>The lead a feed, listing or sitemap gave for the case.</summary>
internal sealed record LineLead
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Summary { get; init; }

    public List<string> Authors { get; init; } = [];

    public List<string> Labels { get; init; } = [];

    public string? Language { get; init; }

    public string? MediaType { get; init; }
}

/// <summary>The labels: issuer, kind, section, and the case's copy/translation relations.</summary>
internal sealed record LineExpectation
{
    public string? Issuer { get; init; }

    public string? Kind { get; init; }

    public string? Section { get; init; }

    public string? SameAs { get; init; }

    public string? TranslationOf { get; init; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; init; }
}
