namespace Bulletin.Core.Classification.Issuers;

/// <summary>A body that issues statements and reports, with every name sites use for it.</summary>
public sealed record Issuer
{
    /// <summary>The canonical English name as editors write it ("United Nations Children's Fund").</summary>
    public required string Name { get; init; }

    /// <summary>Other full names sites use ("UN Human Rights", "National Unity Government of Myanmar").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Acronyms ("UNICEF", "SAC-M"); in free text they only count as whole, exactly-cased tokens.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>Names in Burmese script, compared after NFC normalisation.</summary>
    public IReadOnlyList<string> Burmese { get; init; } = [];

    /// <summary>Web domains the body publishes on ("hrw.org"); subdomains belong to it too.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    public required IssuerCategory Category { get; init; }

    /// <summary>Canonical name of the body this one belongs to (a ministry's government), if any.</summary>
    public string? Parent { get; init; }

    /// <summary>
    /// "scoped": the body's own names are generic ("Ministry of Foreign Affairs": every government has
    /// one), so they name this body only where its parent is in context (the parent's site, or a page
    /// that names the parent). Names that include the parent's ("NUG Ministry of Foreign Affairs")
    /// match anywhere.
    /// </summary>
    public bool Scoped { get; init; }

    /// <summary>How <see cref="DisplayName"/> is formed; see <see cref="IssuerDisplay"/>.</summary>
    public IssuerDisplay Display { get; init; }

    /// <summary>
    /// The issuer as the bulletin prints it: "Parent (Name)" for a sub-body shown in brackets, the parent's
    /// name for bodies editors credit to their parent, otherwise <see cref="Name"/>.
    /// </summary>
    public string DisplayName => (EffectiveDisplay, Parent) switch
    {
        (IssuerDisplay.Bracketed, { } parent) => $"{parent} ({Name})",
        (IssuerDisplay.Parent, { } parent) => parent,
        _ => Name,
    };

    /// <summary><see cref="Display"/> with <see cref="IssuerDisplay.Default"/> resolved.</summary>
    public IssuerDisplay EffectiveDisplay => Display switch
    {
        IssuerDisplay.Default => Parent is null ? IssuerDisplay.Name : IssuerDisplay.Bracketed,
        _ when Parent is null => IssuerDisplay.Name,
        _ => Display,
    };

    /// <summary>Every name, alias, abbreviation and Burmese name, in file order.</summary>
    public IEnumerable<string> AllNames => [Name, .. Aliases, .. Abbreviations, .. Burmese];

    public override string ToString() => Name;
}
