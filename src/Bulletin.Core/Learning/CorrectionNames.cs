using System.Text.RegularExpressions;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Learning;

/// <summary>
/// The names an editor's issuer correction teaches: a corrected issuer the directory lacks is a new body;
/// a string on the item (its attributed issuer, the words its attribution rests on, a byline, an acronym)
/// that the directory does not know but that plausibly names the corrected body is a new alias of it.
/// </summary>
public static partial class CorrectionNames
{
    /// <summary>(Name, Issuer, Evidence) triples to propose for <paramref name="item"/> credited to <paramref name="corrected"/>.</summary>
    public static IReadOnlyList<(string Name, string Issuer, string Evidence)> Propose(
        StoredItem item, string corrected, string editor, string? pageText, IssuerDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(directory);
        var found = new List<(string Name, string Issuer, string Evidence)>();
        var candidates = Candidates(item, pageText, directory).ToList();
        foreach (var part in IssuerList.Split(corrected, directory))
        {
            var body = directory.Match(part);
            var issuer = body?.Name ?? part;
            if (body is null)
            {
                found.Add((part, part, $"editor {editor} credited '{item.Title}' ({item.Url}) to '{part}', which the directory does not know"));
            }

            foreach (var candidate in candidates)
            {
                if (directory.Match(candidate) is null
                    && IssuerName.Normalise(candidate) != IssuerName.Normalise(issuer)
                    && NameLikeness.Names(candidate, issuer))
                {
                    found.Add((candidate, issuer, $"'{item.Title}' ({item.Url}) names its issuer '{candidate}'; editor {editor} credited it to '{issuer}'"));
                }
            }
        }

        return found.DistinctBy(f => (IssuerName.Normalise(f.Name), f.Issuer)).ToList();
    }

    /// <summary>Strings on the item that may be a name of its issuer.</summary>
    private static IEnumerable<string> Candidates(StoredItem item, string? pageText, IssuerDirectory directory)
    {
        string[] quoted = item.IssuerQuote is { } quote ? [quote] : [];
        var texts = new[] { item.Title, item.Summary ?? "", pageText ?? "" }.Concat(quoted).ToList();
        return IssuerList.Split(item.Issuer, directory)
            .Concat(quoted)
            .Concat(texts.SelectMany(t => Byline().Matches(t)).Select(m => m.Groups["who"].Value))
            .Concat(texts.SelectMany(t => AcronymWord().Matches(t)).Select(m => m.Value))
            .Select(c => c.Trim().TrimEnd('.', ','))
            .Where(c => c.Length > 1 && c.Length <= 120 && !IssuerList.IsCount(c))
            .Distinct(StringComparer.Ordinal);
    }

    // "Statement by the Karenni Civil Society Network", "By KCSN": capitalised words after "by".
    // Small words only inside a name, never at its end ("by MTU on 20 May" is "MTU").
    [GeneratedRegex(@"\b[Bb]y\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|on|and|the|&)\s+)*(?:\p{Lu}[\p{L}\p{N}'’.-]*|\([\p{Lu}\p{N}-]{2,10}\)))*)")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}+)?(?![\p{L}\p{N}-])")]
    private static partial Regex AcronymWord();
}
