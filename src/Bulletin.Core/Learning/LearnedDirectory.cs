using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Storage;
using Bulletin.Core.Extraction.Text;

namespace Bulletin.Core.Learning;

/// <summary>
/// The issuer directory with the names editors accepted merged in: an alias (or acronym) of a known body,
/// or a body of its own. A learned name that would clash with the file is left out and reported, never
/// allowed to stop the start.
/// </summary>
public static class LearnedDirectory
{
    // Bodies the directory lacks are mostly Myanmar civil society; an editor moves one into the seeds
    // file with its true category when the ordering of the bulletin needs it.
    private const IssuerCategory NewBodyCategory = IssuerCategory.MyanmarCso;

    public static IssuerDirectory Merge(IssuerDirectory directory, IEnumerable<LearnedName> accepted, ICollection<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(accepted);
        foreach (var learned in accepted)
        {
            if (directory.Match(learned.Name) is not null)
            {
                continue;
            }

            try
            {
                directory = directory.With(Entry(learned, directory.Match(learned.Issuer)));
            }
            catch (IssuerFileException e)
            {
                skipped?.Add($"'{learned.Name}' ({learned.Issuer}): {e.Message}");
            }
        }

        return directory;
    }

    private static Issuer Entry(LearnedName learned, Issuer? body)
    {
        var name = learned.Name.Trim();
        var burmese = MyanmarScript.Contains(name);
        var acronym = !burmese && NameLikeness.IsAcronym(name);
        var isBody = body is null && IssuerName.Normalise(name) == IssuerName.Normalise(learned.Issuer);
        return new Issuer
        {
            Name = body?.Name ?? learned.Issuer,
            Category = body?.Category ?? NewBodyCategory,
            Aliases = isBody || burmese || acronym ? [] : [name],
            Abbreviations = acronym && !isBody ? [name] : [],
            Burmese = burmese && !isBody ? [name] : [],
        };
    }
}
