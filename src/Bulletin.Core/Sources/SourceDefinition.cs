namespace Bulletin.Core.Sources;

/// <summary>One place Bulletin watches: a feed, an HTML listing, a WordPress REST API or a sitemap.</summary>
public sealed record SourceDefinition
{
    /// <summary>Stable id used in logs, the store and the draft's source report.</summary>
    public required string Id { get; init; }

    /// <summary>Human name for editors; defaults to the id.</summary>
    public string? Name { get; init; }

    public required SourceType Type { get; init; }

    /// <summary>Absolute URL of the feed, listing page, REST endpoint or sitemap.</summary>
    public required Uri Url { get; init; }

    /// <summary>The issuing body to assume when the page names no other (canonical name or an alias).</summary>
    public string? Issuer { get; init; }

    /// <summary>Time zone of the site, for timestamps written without an offset. Default: the bulletin's zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Language of the items when neither feed nor page says.</summary>
    public string? Language { get; init; }

    /// <summary>True for sites that also post other organisations' statements (aggregators, coalitions).</summary>
    public bool PublishesForOthers { get; init; }

    /// <summary>XPath selectors for <see cref="SourceType.Html"/> listings.</summary>
    public SourceSelectors? Selectors { get; init; }

    /// <summary>Listing pages to follow through "next" links or <see cref="PagePattern"/>. Default 3.</summary>
    public int MaxPages { get; init; } = 3;

    /// <summary>A page URL pattern with {n} for pagination when there is no next link (e.g. "?page={n}").</summary>
    public string? PagePattern { get; init; }

    /// <summary>First page number <see cref="PagePattern"/> continues from. Default 2.</summary>
    public int PageStart { get; init; } = 2;

    /// <summary>When to read an item's own page: Auto (when the window needs it), Always, Never.</summary>
    public DetailPolicy Details { get; init; } = DetailPolicy.Auto;

    /// <summary>Regular expressions; when any is given, only item URLs matching one are kept.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Regular expressions for item URLs to drop (admin paths, tag pages).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>WordPress category ids to ask for (REST sources).</summary>
    public IReadOnlyList<int> Categories { get; init; } = [];

    /// <summary>The kind to assume for this source's items when nothing else decides (e.g. Report for a reports listing).</summary>
    public SourceKind? Kind { get; init; }

    /// <summary>A note for operators, e.g. that a site's structure has not been confirmed.</summary>
    public string? Note { get; init; }

    /// <summary>Sources can be kept in the file but switched off.</summary>
    public bool Enabled { get; init; } = true;

    public string DisplayName => Name ?? Id;
}

/// <summary>The shape of a source.</summary>
public enum SourceType
{
    Feed,
    Html,
    WordPress,
    Sitemap,
}

/// <summary>What a source's items are when nothing on the item decides it.</summary>
public enum SourceKind
{
    /// <summary>Statements and press releases (the default for issuers' own sites).</summary>
    Statement,

    /// <summary>A reports listing: its items are reports unless the page says otherwise.</summary>
    Report,

    /// <summary>A news outlet or news section: its items are left out unless a page names an issuer of its own.</summary>
    News,
}

/// <summary>When to fetch an item's detail page.</summary>
public enum DetailPolicy
{
    /// <summary>Read the page when the lead lacks a date or is not a document (a PDF is read from the lead alone).</summary>
    Auto,

    /// <summary>Read every lead's page, whatever the lead already says.</summary>
    Always,

    /// <summary>Read a page only when the lead lacks its title or date.</summary>
    Never,
}

/// <summary>XPath selectors for an HTML listing: item is absolute, the others relative to the item.</summary>
public sealed record SourceSelectors
{
    public required string Item { get; init; }

    public string? Link { get; init; }

    public string? Title { get; init; }

    public string? Date { get; init; }

    /// <summary>Absolute XPath to the next page's link.</summary>
    public string? Next { get; init; }

    /// <summary>A kind label inside the item ("Press Statement", "Travel Advisory").</summary>
    public string? Label { get; init; }
}
