using System.Text.RegularExpressions;
using Bulletin.Core.Collection.Health;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Collection.Readers;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Core.Collection;

/// <summary>
/// One collection: read every source's leads, then each lead's page, store what is new, and record
/// how each source fared. The scheduled job and the command line both call this.
/// </summary>
public sealed class CollectionRun(
    IEnumerable<ISourceReader> readers,
    ItemCollector collector,
    Reclassification reclassification,
    SourceHealth health,
    Store store,
    IOptions<BulletinOptions> options,
    TimeProvider clock,
    ILogger<CollectionRun> logger)
{
    public async Task<IReadOnlyList<SourceReport>> RunAsync(IReadOnlyList<SourceDefinition> sources, Window window, IProgress<SourceProgress>? progress, CancellationToken ct)
    {
        var runId = Guid.NewGuid().ToString("N");
        var enabled = sources.Where(s => s.Enabled).ToList();
        var tallies = enabled.ToDictionary(s => s.Id, s => new Tally(s, clock.GetTimestamp()));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.SourceConcurrency, CancellationToken = ct };

        // Leads first, for every source, so that a statement listed by two sources is read once, from its own site.
        await Parallel.ForEachAsync(enabled, parallel, async (source, token) =>
        {
            progress?.Report(new SourceProgress(source.Id, "reading", 0, 1));
            tallies[source.Id].Reading = await ReadAsync(source, window, token);
            progress?.Report(new SourceProgress(source.Id, "read", 1, 1, $"{tallies[source.Id].Reading!.Leads.Count} leads"));
        });

        var run = new RunState(enabled);
        var work = Leads(enabled, tallies, progress);
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (pair, token) =>
        {
            var (source, lead) = pair;
            var outcome = await collector.CollectAsync(source, lead, window, run, token);
            var tally = tallies[source.Id];
            tally.Add(outcome);
            progress?.Report(new SourceProgress(source.Id, "items", tally.Done, tally.Total, outcome.Reason) { Lead = lead, Outcome = outcome });
        });

        var reports = new List<SourceReport>();
        foreach (var tally in tallies.Values)
        {
            var source = tally.Source;
            var zone = ItemCollector.SiteZone(source, window);
            var published = (tally.Reading?.Leads ?? []).Where(l => l.Published is not null).Select(l => l.Published!.Value.Resolve(zone));
            var reference = clock.GetUtcNow() < window.End ? clock.GetUtcNow() : window.End;
            var sourceRun = await health.ReviewAsync(tally.ToRun(runId, clock), published, reference, ct);
            await store.RecordSourceRunAsync(sourceRun, ct);
            logger.LogInformation("Source {source_id} {status}: {seen} leads, {new} new, {bytes} bytes; {message}", sourceRun.SourceId, sourceRun.Status, sourceRun.ItemsSeen, sourceRun.ItemsNew, sourceRun.Bytes, sourceRun.Message);
            reports.Add(SourceReport.Of(sourceRun));
        }

        // Items stored by earlier runs are read again with today's directory and rules.
        await reclassification.RunAsync(sources, window, ct);
        return reports;
    }

    private async Task<SourceReading> ReadAsync(SourceDefinition source, Window window, CancellationToken ct)
    {
        var reader = readers.FirstOrDefault(r => r.Type == source.Type);
        if (reader is null)
        {
            return new SourceReading { Error = $"no reader for source type {source.Type}" };
        }

        try
        {
            return await reader.ReadAsync(source, window, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad source never stops the run: its error goes into the draft's source report.
            logger.LogError(e, "Source {source_id} {url} failed", source.Id, source.Url);
            return new SourceReading { Error = $"{source.Url}: {e.GetType().Name}: {e.Message}" };
        }
    }

    /// <summary>Every source's leads, once each (<see cref="SharedLeads"/> picks between sources listing one URL).</summary>
    private static List<(SourceDefinition Source, Lead Lead)> Leads(List<SourceDefinition> sources, Dictionary<string, Tally> tallies, IProgress<SourceProgress>? progress)
    {
        var chosen = new Dictionary<string, (SourceDefinition Source, Lead Lead)>();
        foreach (var source in sources)
        {
            var reading = tallies[source.Id].Reading!;
            foreach (var lead in reading.Leads)
            {
                if (Unwanted(source, lead.Url) is { } pattern)
                {
                    progress?.Report(new SourceProgress(source.Id, "dropped", 0, 0, pattern) { Lead = lead, Outcome = new(LeadResult.Skipped, pattern) });
                    continue;
                }

                var key = UrlKey.For(lead.Url);
                chosen[key] = SharedLeads.Prefer(chosen.TryGetValue(key, out var existing) ? existing : null, source, lead);
            }
        }

        foreach (var group in chosen.Values.GroupBy(c => c.Source.Id))
        {
            tallies[group.Key].Total = group.Count();
        }

        return AcrossHosts(chosen.Values);
    }

    /// <summary>
    /// One lead from each host in turn: each host has its own politeness gap, so taking a site's
    /// leads one after another would leave the workers queuing at one host while the others idle.
    /// </summary>
    private static List<(SourceDefinition Source, Lead Lead)> AcrossHosts(IEnumerable<(SourceDefinition Source, Lead Lead)> leads)
    {
        var queues = leads.GroupBy(l => l.Lead.Url.Authority, StringComparer.OrdinalIgnoreCase).Select(g => new Queue<(SourceDefinition, Lead)>(g)).ToList();
        var ordered = new List<(SourceDefinition Source, Lead Lead)>();
        while (queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                ordered.Add(queue.Dequeue());
            }

            queues.RemoveAll(q => q.Count == 0);
        }

        return ordered;
    }

    /// <summary>Why the source's include/exclude patterns leave the URL out, or null when they keep it.</summary>
    private static string? Unwanted(SourceDefinition source, Uri url)
    {
        var text = url.AbsoluteUri;
        if (source.Include.Count > 0 && !source.Include.Any(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))))
        {
            return "matches no include pattern";
        }

        return source.Exclude.FirstOrDefault(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))) is { } exclude
            ? $"matches exclude pattern {exclude}"
            : null;
    }

    /// <summary>Counts for one source across both stages of a run.</summary>
    private sealed class Tally(SourceDefinition source, long started)
    {
        public SourceDefinition Source => source;

        private readonly Lock gate = new();
        private int newItems;
        private int failed;
        private string? firstFailure;
        private readonly Dictionary<string, TimeSpan> circuitWaits = [];

        public SourceReading? Reading { get; set; }

        public int Total { get; set; }

        public int Done { get; private set; }

        public void Add(LeadOutcome outcome)
        {
            lock (gate)
            {
                Done++;
                if (outcome.CircuitWait is var (origin, waited))
                {
                    circuitWaits[origin] = circuitWaits.GetValueOrDefault(origin) + waited;
                }

                if (outcome.Result == LeadResult.New)
                {
                    newItems++;
                }
                else if (outcome.Result == LeadResult.Failed)
                {
                    failed++;
                    firstFailure ??= outcome.Reason;
                }
            }
        }

        public SourceRun ToRun(string runId, TimeProvider clock)
        {
            var reading = Reading ?? new SourceReading { Error = "not read" };
            var status = reading.Error is not null ? SourceRunStatus.Failed : reading.Flag is not null ? SourceRunStatus.Flagged : SourceRunStatus.Ok;
            var waits = reading.CircuitWaits.Concat(circuitWaits).GroupBy(w => w.Key).Select(g => (Origin: g.Key, Waited: g.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.Value)));
            var notes = new[] { reading.Error, reading.Flag }
                .Concat(reading.Warnings)
                .Append(failed > 0 ? $"{failed} item page(s) failed, e.g. {firstFailure}" : null)
                .Concat(waits.Select(w => $"waited {Math.Max(1, Math.Round(w.Waited.TotalSeconds)):0} s for the circuit of {w.Origin} to close"))
                .Where(n => n is not null);
            return new SourceRun
            {
                RunId = runId,
                SourceId = source.Id,
                StartedAt = clock.GetUtcNow() - clock.GetElapsedTime(started),
                Status = status,
                Message = string.Join("; ", notes) is { Length: > 0 } message ? message : null,
                HttpStatus = reading.LastStatus,
                ItemsSeen = reading.Leads.Count,
                ItemsNew = newItems,
                Duration = clock.GetElapsedTime(started),
                Bytes = reading.Bytes,
            };
        }
    }
}
