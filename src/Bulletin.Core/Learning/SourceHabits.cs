using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Learning;

/// <summary>
/// What editors keep choosing for one source's items. When the latest corrected items of a source were all
/// credited to the same issuer, a new item from it whose page names nobody is credited the same way; a
/// contrary correction ends the run of agreement and with it the habit.
/// </summary>
public sealed class SourceHabits(Store store, LearningOptions options)
{
    // Enough history to count a long run of agreement without reading the source's whole past.
    private const int Window = 50;

    /// <summary>The issuer editors credit this source's items to, with the reason, or null when there is no habit.</summary>
    public async Task<Decided<string>?> IssuerForAsync(SourceDefinition source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);

        // An aggregator posts for many bodies: agreement over its last few items says nothing of the next.
        if (source.PublishesForOthers)
        {
            return null;
        }

        var latestFirst = await store.SourceDecisionsAsync(source.Id, DecisionFields.Issuer, Window, ct);
        return Habit(source.Id, latestFirst, options.SourceCorrections);
    }

    /// <summary>The value of the run of agreeing decisions at the head of <paramref name="latestFirst"/>, if long enough.</summary>
    public static Decided<string>? Habit(string sourceId, IReadOnlyList<Decision> latestFirst, int needed)
    {
        if (latestFirst.Count == 0)
        {
            return null;
        }

        var value = latestFirst[0].Value;
        var key = IssuerName.Normalise(value);
        var run = latestFirst.TakeWhile(d => IssuerName.Normalise(d.Value) == key).Count();
        return run >= needed
            ? new Decided<string>(value, $"editors credited {run} earlier items of source '{sourceId}' to {value}")
            : null;
    }
}
