using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Learning;

/// <summary>
/// A name from an imported bulletin the directory did not know, and the body it may mean. Recorded is false
/// when the store already held it as it stands (an earlier import, or an editor's judgement).
/// </summary>
public sealed record ProposedName(string Name, string? Suggestion, bool Recorded);

/// <summary>What one import found: items read, names known and names proposed.</summary>
public sealed record ImportReport(int Items, IReadOnlyList<string> Known, IReadOnlyList<ProposedName> Proposed, int Counts);

/// <summary>
/// Teaches the directory the names editors actually print: each issuer of a past bulletin's list that the
/// directory does not know is recorded as a learned name (origin "import"), with the body it likely means.
/// </summary>
public sealed class BulletinImporter(Store store, IssuerDirectory directory, TimeProvider clock)
{
    /// <summary>
    /// Reads <paramref name="content"/> (HTML, Markdown or text) and records its unknown names, with
    /// <paramref name="label"/> (a file name) as their evidence; <paramref name="accept"/> accepts them at once.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string content, string label, bool accept, CancellationToken ct)
    {
        var items = BulletinImport.Read(content);
        var known = new List<string>();
        var proposed = new List<ProposedName>();
        var counts = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (IssuerList.IsCount(item.By))
            {
                counts++;
                continue;
            }

            foreach (var name in IssuerList.Split(item.By, directory).Where(n => seen.Add(IssuerName.Normalise(n))))
            {
                if (directory.Match(name) is { } body)
                {
                    known.Add(body.Name);
                    continue;
                }

                var guess = IssuerGuess.For(name, directory);
                var learned = new LearnedName(
                    name,
                    guess?.Name ?? name,
                    LearnedNameOrigin.Import,
                    $"bulletin {label}: '{item.Title}' by {item.By}",
                    accept ? LearnedNameStatus.Accepted : LearnedNameStatus.Proposed,
                    clock.GetUtcNow());
                var added = await store.SaveLearnedNameAsync(learned, ct);
                proposed.Add(new ProposedName(name, guess?.Name, added));
            }
        }

        return new ImportReport(items.Count, known, proposed, counts);
    }
}
