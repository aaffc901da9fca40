using System.Text.RegularExpressions;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Classification.Issuers;

/// <summary>What one entry must satisfy on its own, whether read from the file or learned later.</summary>
internal static partial class IssuerRules
{
    public static IEnumerable<string> Check(Issuer issuer)
    {
        foreach (var (kind, text) in Names(issuer))
        {
            if (IssuerName.Normalise(text).Length == 0)
            {
                yield return $"{kind} \"{text}\" has no letters or digits to match on";
            }
        }

        foreach (var burmese in issuer.Burmese.Where(b => !MyanmarScript.Contains(b)))
        {
            yield return $"burmese name \"{burmese}\" is not in Burmese script (put it under \"aliases\")";
        }

        foreach (var domain in issuer.Domains.Where(d => !HostPattern().IsMatch(d)))
        {
            yield return $"domain \"{domain}\" is not a bare lower-case host such as \"hrw.org\" "
                         + "(no scheme, path, port or \"www.\")";
        }

        if (issuer.Parent is { } parent && IssuerName.Normalise(parent) == IssuerName.Normalise(issuer.Name))
        {
            yield return "\"parent\" names the entry itself";
        }

        if (issuer.Scoped && issuer.Parent is null)
        {
            yield return "\"scoped\" is true but there is no \"parent\" to give the names their context";
        }

        if (issuer.Parent is null && issuer.Display is IssuerDisplay.Bracketed or IssuerDisplay.Parent)
        {
            yield return $"\"display\" is {issuer.Display.ToString().ToLowerInvariant()} but there is no \"parent\"";
        }
    }

    /// <summary>Every name of an entry with what kind of name it is, for messages.</summary>
    public static IEnumerable<(string Kind, string Text)> Names(Issuer issuer) =>
    [
        ("name", issuer.Name),
        .. issuer.Aliases.Select(a => ("alias", a)),
        .. issuer.Abbreviations.Select(a => ("abbreviation", a)),
        .. issuer.Burmese.Select(b => ("burmese name", b)),
    ];

    [GeneratedRegex(@"^(?!www\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")]
    private static partial Regex HostPattern();
}
