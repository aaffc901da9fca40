using Bulletin.Core.Accuracy;
using Bulletin.Core.Classification;
using Bulletin.Core.Extraction;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Accuracy;

/// <summary>
/// The repository's labelled set: the cases written beside the code pass at 100% on every field; the
/// cases written blind to the code (files <c>blind-*.jsonl</c>) are a measure, held to the accuracy they
/// reached so that a change cannot quietly lose ground. The runner can fail.
/// </summary>
public sealed class LabelledSetTests
{
    private static readonly ItemClassifier Classifier = ShippedPipeline.Classifier();
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");
    private static readonly Lazy<(LabelledSet Set, AccuracyReport Report)> Whole = new(() =>
    {
        var set = LabelledSet.Load(Path.Combine(RepositoryRoot.Path, "tests", "labelled"));
        return (set, AccuracyRun.Run(set, Classifier, Yangon));
    });

    [Fact]
    public void The_hand_written_cases_are_classified_and_attributed_without_a_miss()
    {
        var (set, report) = Whole.Value;

        Assert.True(set.Cases.Count >= 400, $"{set.Cases.Count} cases");
        Assert.Equal(AccuracyFields.InOrder, report.Fields.Select(f => f.Field));
        var misses = report.Misses.Where(m => !IsBlind(m.Origin)).ToList();
        Assert.True(misses.Count == 0, string.Join("\n", misses) + "\n" + report);
    }

    [Theory]
    [InlineData(AccuracyFields.Issuer, 0.80)]
    [InlineData(AccuracyFields.Kind, 0.95)]
    [InlineData(AccuracyFields.Section, 0.95)]
    public void The_blind_cases_keep_the_accuracy_they_reached(string field, double floor)
    {
        var (set, report) = Whole.Value;
        var blind = set.Cases.Where(c => IsBlind(c.Origin)).ToList();
        Assert.True(blind.Count >= 150, $"{blind.Count} blind cases");

        var scored = field == AccuracyFields.Issuer ? blind.Count(c => c.Expected.Issuer is not null) : blind.Count;
        var missed = report.Misses.Count(m => m.Field == field && IsBlind(m.Origin));
        var accuracy = 1.0 * (scored - missed) / scored;
        Assert.True(accuracy >= floor, $"{field}: {scored - missed}/{scored} = {accuracy:P1}, below {floor:P0}\n" + report);
    }

    [Fact]
    public void The_report_prints_a_confusion_table_of_kinds()
    {
        var text = Whole.Value.Report.ToString();

        Assert.Contains("kind: expected (rows) by actual (columns)", text, StringComparison.Ordinal);
        Assert.Matches(@"Statement\s+\d+\s+\d+\s+\d+", text);
    }

    private static bool IsBlind(string origin) => Path.GetFileName(origin).StartsWith("blind-", StringComparison.Ordinal);

    [Fact]
    public void A_wrong_label_is_a_miss_with_the_codes_reason()
    {
        var right = Case("unicef", "UNICEF condemns attack on school in Sagaing", new Expectation { Issuer = "United Nations Children's Fund", Kind = Kind.Statement, Section = Sections.Statements });
        var wrong = Case("wrong", "UNICEF welcomes release of detained children", new Expectation { Issuer = "World Food Programme", Kind = Kind.Report, Section = Sections.Reports });

        var report = AccuracyRun.Run(LabelledSet.Of([right, wrong]), Classifier, Yangon);

        Assert.False(report.Passed);
        var issuer = Assert.Single(report.Misses, m => m.Field == AccuracyFields.Issuer);
        Assert.Equal(("wrong", "World Food Programme", "United Nations Children's Fund"), (issuer.CaseId, issuer.Expected, issuer.Actual));
        Assert.Contains("title 'UNICEF welcomes'", issuer.Reason, StringComparison.Ordinal);
        var kind = Assert.Single(report.Misses, m => m.Field == AccuracyFields.Kind);
        Assert.Equal(("Report", "Statement"), (kind.Expected, kind.Actual));
        Assert.Single(report.Misses, m => m.Field == AccuracyFields.Section);
        Assert.Equal(1, report.Fields.Single(f => f.Field == AccuracyFields.Issuer).Correct);
        Assert.Contains("expected: World Food Programme", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_that_the_code_keeps_apart_is_a_dedupe_miss()
    {
        var original = Case("original", "Myanmar: Stop the airstrikes", Statement("Fortify Rights"), "https://www.fortifyrights.org/a/");
        var other = Case("other", "A different title altogether", Statement("Fortify Rights") with { SameAs = "original" }, "https://www.fortifyrights.org/b/");

        var report = AccuracyRun.Run(LabelledSet.Of([original, other]), Classifier, Yangon);

        var miss = Assert.Single(report.Misses);
        Assert.Equal((AccuracyFields.Dedupe, "copy of original", "kept"), (miss.Field, miss.Expected, miss.Actual));
        Assert.Contains("fortifyrights.org/b", miss.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_with_broken_lines_reports_each_with_its_place()
    {
        var folder = Directory.CreateTempSubdirectory("labelled-");
        File.WriteAllLines(Path.Combine(folder.FullName, "bad.jsonl"),
        [
            "// a comment",
            """{"id":"a","source":{"id":"s"},"lead":{"url":"https://example.org/a"},"expect":{"kind":"Statement","section":"Statements and Press Releases","sameAs":"missing"}}""",
            """{"id":"b","source":{"id":"s"},"lead":{"url":"not a url"},"expect":{"kind":"Memo","section":"Reports"}}""",
        ]);

        var e = Assert.Throws<LabelledSetException>(() => LabelledSet.Load(folder.FullName));

        Assert.Contains(e.Problems, p => p.StartsWith("bad.jsonl:2:", StringComparison.Ordinal) && p.Contains("sameAs", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("bad.jsonl:3:", StringComparison.Ordinal) && p.Contains("lead.url", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("bad.jsonl:3:", StringComparison.Ordinal) && p.Contains("expect.kind", StringComparison.Ordinal));
        folder.Delete(recursive: true);
    }

    private static Expectation Statement(string issuer) => new() { Issuer = issuer, Kind = Kind.Statement, Section = Sections.Statements };

    private static LabelledCase Case(string id, string title, Expectation expected, string url = "https://www.unicef.org/press-releases/x") => new()
    {
        Id = id,
        Origin = "test",
        Source = new SourceDefinition { Id = "src", Type = SourceType.Feed, Url = new Uri("https://example.org/feed") },
        Lead = new Lead { Url = new Uri(url), Title = title, Published = PublishedDate.Exact(new DateTimeOffset(2025, 5, 20, 3, 0, 0, TimeSpan.Zero)) },
        Expected = expected,
    };
}
