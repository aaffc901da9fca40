using Bulletin.Core.Classification.Issuers;

namespace Bulletin.Core.Learning;

/// <summary>
/// The directory body an unknown name most likely means, for an editor to confirm: the body named by an
/// acronym in brackets ("… (KCSN)"), the body whose acronym the name is, or the body sharing most of its words.
/// </summary>
public static class IssuerGuess
{
    public static Issuer? For(string name, IssuerDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var open = name.LastIndexOf('(');
        if (open > 0 && name.EndsWith(')') && directory.Match(name[(open + 1)..^1]) is { } bracketed)
        {
            return bracketed;
        }

        return directory.All
            .Select(issuer => (Issuer: issuer, Score: issuer.AllNames.Max(n => NameLikeness.Score(name, n))))
            .Where(s => s.Score >= 0.6)
            .OrderByDescending(s => s.Score)
            .Select(s => s.Issuer)
            .FirstOrDefault();
    }
}
