namespace Bulletin.Core.Selection;

/// <summary>Orders issuers the way editors check a bulletin: numbered coalitions first, then A–Z, Burmese after Latin.</summary>
/// <remarks>
/// Mirrors the editors' checker (Python):
/// NFKD, casefold, drop combining marks, runs of anything but [0-9a-z] and Myanmar letters become one space,
/// then a leading number sorts numerically before everything else. Ties compare equal so a stable sort
/// keeps the incoming order (an English statement stays next to its Burmese translation).
/// </remarks>
public sealed class IssuerOrder : IComparer<string>
{
    private IssuerOrder()
    {
    }

    /// <summary>The one shared instance; the comparer holds no state.</summary>
    public static IssuerOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        return IssuerSortKey.Of(x).CompareTo(IssuerSortKey.Of(y));
    }
}
