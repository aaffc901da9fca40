namespace Bulletin.Core.Classification.Issuers;

/// <summary>
/// The bodies an item is read in the context of: the owner of the site it is on, the source's default
/// issuer, and the known bodies its page names. A scoped body's generic name ("Ministry of Human
/// Rights") means that body only when its parent is among them.
/// </summary>
public sealed class IssuerScope
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IssuerScope(IEnumerable<Issuer> bodies)
    {
        Bodies = bodies.Distinct().ToList();
        foreach (var body in Bodies)
        {
            _names.Add(IssuerName.Normalise(body.Name));
            if (body.Parent is { } parent)
            {
                _names.Add(IssuerName.Normalise(parent));
            }
        }
    }

    /// <summary>The directory bodies in context, site owner and source's issuer first.</summary>
    public IReadOnlyList<Issuer> Bodies { get; }

    /// <summary>True when the body named <paramref name="name"/> is in context.</summary>
    public bool Holds(string name) => _names.Contains(IssuerName.Normalise(name));
}
