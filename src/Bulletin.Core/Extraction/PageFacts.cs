namespace Bulletin.Core.Extraction;

/// <summary>What a detail page says about itself, each fact with the signal it came from.</summary>
public sealed record PageFacts
{
    /// <summary>The URL the page was finally served from (after redirects).</summary>
    public required Uri Url { get; init; }

    /// <summary>rel=canonical (or og:url when there is no canonical), absolute.</summary>
    public Uri? Canonical { get; init; }

    public Signal<string>? Title { get; init; }

    public Signal<PublishedDate>? Published { get; init; }

    /// <summary>Language of the page: html lang, og:locale, or detected from the title's script.</summary>
    public Signal<string>? Language { get; init; }

    /// <summary>Site name: og:site_name, JSON-LD WebSite/publisher name, or the title suffix.</summary>
    public string? SiteName { get; init; }

    /// <summary>Authors named by JSON-LD, meta author, dc:creator or a byline ("By …", "Posted by …").</summary>
    public IReadOnlyList<Signal<string>> Authors { get; init; } = [];

    /// <summary>Publisher names from JSON-LD.</summary>
    public IReadOnlyList<string> Publishers { get; init; } = [];

    /// <summary>JSON-LD @type of the main entity (Article, NewsArticle, Report, Event …).</summary>
    public IReadOnlyList<string> SchemaTypes { get; init; } = [];

    /// <summary>Kind labels on the page: badges, eyebrows, breadcrumbs, article:section, categories.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Issuers the page lists under "Issued jointly by:", "Signed by:", "Signatories" and the like.</summary>
    public IReadOnlyList<string> Signatories { get; init; } = [];

    /// <summary>An organisation line at the top of the body ("National Unity Government (NUG) · Myanmar").</summary>
    public string? OrganisationLine { get; init; }

    /// <summary>The first paragraphs of the body text, for phrase signals ("Statement by …", "We, the undersigned").</summary>
    public string? Opening { get; init; }

    /// <summary>The whole body text (whitespace-normalised), for style signals such as reported speech.</summary>
    public string? BodyText { get; init; }

    /// <summary>Other-language versions of this page (hreflang alternates and language-switch links), by language.</summary>
    public IReadOnlyDictionary<string, Uri> Translations { get; init; } = new Dictionary<string, Uri>();

    /// <summary>Every place the page names a body that may have issued it, with the signal it came from.</summary>
    public IReadOnlyList<IssuerMention> Mentions { get; init; } = [];

    /// <summary>Acronyms the page spells out ("IEC" → "Karenni State Interim Executive Council").</summary>
    public IReadOnlyDictionary<string, string> Acronyms { get; init; } = new Dictionary<string, string>();

    /// <summary>A link the page names as its original ("Source: …", "Originally published at …").</summary>
    public Uri? OriginalUrl { get; init; }
}

/// <summary>A value with the signal it was read from ("og:title", "JSON-LD datePublished", "time@datetime").</summary>
public sealed record Signal<T>(T Value, string From);
