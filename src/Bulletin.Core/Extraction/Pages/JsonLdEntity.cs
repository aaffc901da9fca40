namespace Bulletin.Core.Extraction.Pages;

/// <summary>One top-level JSON-LD entity (or one node of an @graph), reduced to what Bulletin reads.</summary>
public sealed record JsonLdEntity
{
    private static readonly HashSet<string> ArticleLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "Report", "BlogPosting", "ScholarlyArticle", "Event", "PressRelease",
        "CreativeWork", "SocialMediaPosting", "LiveBlogPosting", "Review", "Dataset", "Statement",
    };

    public IReadOnlyList<string> Types { get; init; } = [];

    public string? Headline { get; init; }

    public string? Name { get; init; }

    public string? DatePublished { get; init; }

    /// <summary>dateModified: only a last resort for the publication date.</summary>
    public string? DateModified { get; init; }

    public string? InLanguage { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<string> Publishers { get; init; } = [];

    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Names of a BreadcrumbList's items, in order.</summary>
    public IReadOnlyList<string> Crumbs { get; init; } = [];

    /// <summary>True for the entity that describes the item itself (Article, NewsArticle, Report, Event …).</summary>
    public bool IsArticleLike => Types.Any(t => ArticleLike.Contains(t) || t.EndsWith("Article", StringComparison.OrdinalIgnoreCase));

    public bool IsWebPage => Types.Any(t => t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase) || t.Equals("CollectionPage", StringComparison.OrdinalIgnoreCase));

    public bool Is(string type) => Types.Contains(type, StringComparer.OrdinalIgnoreCase);
}
