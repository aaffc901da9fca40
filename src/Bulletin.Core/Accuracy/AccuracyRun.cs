using Bulletin.Core.Classification;
using Bulletin.Core.Collection;
using Bulletin.Core.Deduplication;
using Bulletin.Core.Extraction.Pages;

namespace Bulletin.Core.Accuracy;

/// <summary>
/// Runs each labelled case through the collector's own steps (page reading, kind, issuer, the stored
/// item and its key) and the assembler's (copies removed, translations paired), then scores each field.
/// </summary>
public static class AccuracyRun
{
    // Items are ordered by publication; FirstSeen only breaks ties, in the set's order.
    private static readonly DateTimeOffset Seen = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static AccuracyReport Run(LabelledSet set, ItemClassifier classifier, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(classifier);
        var outcomes = set.Cases.Select((c, n) => Outcome(c, n, classifier, zone)).ToList();
        var misses = new List<Miss>();
        var scores = new List<FieldScore>
        {
            Score(AccuracyFields.Issuer, outcomes.Where(o => o.Case.Expected.Issuer is not null), o => (o.Case.Expected.Issuer!, o.Issuer.Value, o.Issuer.Reason), misses),
            Score(AccuracyFields.Kind, outcomes, o => (o.Case.Expected.Kind.ToString(), o.Kind.Value.ToString(), o.Kind.Reason), misses),
            Score(AccuracyFields.Section, outcomes, o => (o.Case.Expected.Section, o.Section, $"kind {o.Kind.Value}: {o.Kind.Reason}"), misses),
        };

        var copies = new CopyResolution(outcomes);
        scores.Add(Score(AccuracyFields.Dedupe, outcomes, copies.Judge, misses));
        var pairs = new PairResolution(outcomes, copies);
        scores.Add(Score(AccuracyFields.Pairing, outcomes.Where(pairs.Applies), pairs.Judge, misses));
        var confusion = outcomes.GroupBy(o => (o.Case.Expected.Kind, o.Kind.Value)).ToDictionary(g => g.Key, g => g.Count());
        return new AccuracyReport(outcomes.Count, scores, misses) { KindConfusion = confusion };
    }

    private static FieldScore Score(string field, IEnumerable<CaseOutcome> outcomes, Func<CaseOutcome, (string Expected, string Actual, string Reason)> judge, List<Miss> misses)
    {
        var total = 0;
        var correct = 0;
        foreach (var o in outcomes)
        {
            total++;
            var (expected, actual, reason) = judge(o);
            if (string.Equals(expected, actual, StringComparison.Ordinal))
            {
                correct++;
            }
            else
            {
                misses.Add(new Miss(o.Case.Id, o.Case.Origin, field, expected, actual, reason));
            }
        }

        return new FieldScore(field, correct, total);
    }

    private static CaseOutcome Outcome(LabelledCase c, int order, ItemClassifier classifier, TimeZoneInfo zone)
    {
        var page = c.Html is null ? null : PageReader.Read(c.Html, c.Lead.Url);
        var evidence = new Evidence(c.Source, c.Lead, page);
        var classification = classifier.Classify(evidence);
        var (kind, issuer) = (classification.Kind, classification.Issuer.Decided);
        if (ItemCollector.PublicationOf(c.Lead, page) is not { } published)
        {
            return new CaseOutcome(c, page, kind, issuer, null, null);
        }

        var siteZone = c.Source.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : zone;
        var item = ItemCollector.Describe(evidence, published.Resolve(siteZone), classification, Seen.AddSeconds(order));

        // The collector stores a copy under its original's identity (it reads the original instead).
        var original = page is null ? null : OriginalCopy.Of(page);
        if (original is not null)
        {
            item = item with { Key = UrlKey.For(original), Url = original.AbsoluteUri };
        }

        return new CaseOutcome(c, page, kind, issuer, item, original);
    }
}
