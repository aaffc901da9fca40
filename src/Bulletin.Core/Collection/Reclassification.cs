using Bulletin.Core.Classification;
using Bulletin.Core.Learning;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Core.Collection;

/// <summary>
/// Classifies a window's stored items again from the evidence kept beside them, without fetching
/// anything: after the directory grows, a name is accepted or a rule is fixed, the stored items
/// follow. Editors' decisions live apart from items and still win when the draft is assembled.
/// </summary>
public sealed class Reclassification(Store store, ItemClassifier classifier, SourceHabits habits, ILogger<Reclassification> logger)
{
    public async Task<ReclassificationReport> RunAsync(IReadOnlyList<SourceDefinition> sources, Window window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(window);
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var items = await store.ItemsPublishedBetweenAsync(window.Start, window.End, ct);
        int changed = 0, unread = 0;
        var changes = new List<string>();
        foreach (var item in items)
        {
            if (await store.EvidenceAsync(item.Key, ct) is not { } stored || !byId.TryGetValue(stored.SourceId, out var source))
            {
                // Stored before evidence was kept, or its source has left the sources file.
                unread++;
                continue;
            }

            var (lead, page) = EvidenceJson.Read(stored.Evidence);
            var classification = classifier.Classify(new Evidence(source, lead, page), await habits.IssuerForAsync(source, ct));
            var updated = item with
            {
                Issuer = classification.Issuer.Value,
                IssuerReason = classification.Issuer.Reason,
                IssuerConfidence = classification.Issuer.Confidence,
                IssuerCandidates = classification.Issuer.Candidates,
                Kind = classification.Kind.Value,
                KindReason = classification.Kind.Reason,
                KindConfidence = classification.Kind.Confidence,
            };
            if (updated.Issuer == item.Issuer && updated.Kind == item.Kind && updated.IssuerReason == item.IssuerReason && updated.KindReason == item.KindReason)
            {
                continue;
            }

            await store.UpsertItemAsync(updated, ct);
            changed++;
            if (updated.Issuer != item.Issuer || updated.Kind != item.Kind)
            {
                changes.Add($"{item.Url}: {item.Kind} by {item.Issuer} → {updated.Kind} by {updated.Issuer}");
                logger.LogInformation("Reclassified {url}: {old_kind} by {old_issuer} -> {kind} by {issuer}", item.Url, item.Kind, item.Issuer, updated.Kind, updated.Issuer);
            }
        }

        return new ReclassificationReport(items.Count, changed, unread, changes);
    }
}

/// <summary>How many of a window's items were examined, changed, or could not be read again, and what changed.</summary>
public sealed record ReclassificationReport(int Items, int Changed, int WithoutEvidence, IReadOnlyList<string> Changes);
