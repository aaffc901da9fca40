using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Learning;

/// <summary>
/// Where an editor's correction enters: the decision is saved (it then holds for that URL on every later
/// run) and an issuer correction proposes the names it teaches, for an editor to accept into the directory.
/// </summary>
public sealed class EditorCorrections(Store store, IssuerDirectory directory)
{
    /// <summary>
    /// Saves <paramref name="decision"/>; for an issuer that differs from the attributed one, records the
    /// learned names it implies and returns those not recorded before. <paramref name="pageText"/>, the
    /// item's page or lead text when the caller has it, is searched for names too.
    /// </summary>
    public async Task<IReadOnlyList<LearnedName>> SaveAsync(Decision decision, string? pageText = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await store.SaveDecisionAsync(decision, ct);
        if (decision.Field != DecisionFields.Issuer
            || await store.FindItemAsync(decision.ItemKey, ct) is not { } item
            || IssuerName.Normalise(item.Issuer) == IssuerName.Normalise(decision.Value))
        {
            return [];
        }

        var learned = new List<LearnedName>();
        foreach (var (name, issuer, evidence) in CorrectionNames.Propose(item, decision.Value, decision.Editor, pageText, directory))
        {
            var proposal = new LearnedName(name, issuer, LearnedNameOrigin.Correction, evidence, LearnedNameStatus.Proposed, decision.At);
            if (await store.SaveLearnedNameAsync(proposal, ct))
            {
                learned.Add(proposal);
            }
        }

        return learned;
    }
}
