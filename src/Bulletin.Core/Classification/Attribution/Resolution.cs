using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Core.Classification.Attribution;

/// <summary>
/// What one mention names: a body of the directory, a body new to it named from the page, a count of
/// signatories or a list of co-issuers, with how it was recognised and how far that can be trusted
/// (<see cref="Quality"/>, 1 for a directory name).
/// </summary>
public sealed record Resolution(string Name, string How, double Quality)
{
    /// <summary>The directory's entry, when the name is one of its bodies.</summary>
    public Issuer? Known { get; init; }

    /// <summary>A name that stands for many bodies: a count ("59 Civil Society Organizations") or a collective ("Women's Rights Organizations of Burma").</summary>
    public bool Collective { get; init; }

    /// <summary>The co-issuers, in the statement's order, when the name joins several.</summary>
    public IReadOnlyList<Resolution> Members { get; init; } = [];
}
