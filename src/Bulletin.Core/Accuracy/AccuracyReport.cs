using System.Globalization;
using Bulletin.Core.Classification;

namespace Bulletin.Core.Accuracy;

/// <summary>How many cases one field got right.</summary>
public sealed record FieldScore(string Field, int Correct, int Total)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Correct / Total;
}

/// <summary>One field of one case the code got wrong: what was expected, what came out, and the code's reason.</summary>
public sealed record Miss(string CaseId, string Origin, string Field, string Expected, string Actual, string Reason)
{
    public override string ToString() =>
        $"{CaseId} ({Origin}) {Field}: expected '{Expected}', got '{Actual}' because {Reason}";
}

/// <summary>Per-field accuracy over a labelled set and every miss with its reason.</summary>
public sealed record AccuracyReport(int Cases, IReadOnlyList<FieldScore> Fields, IReadOnlyList<Miss> Misses)
{
    public bool Passed => Misses.Count == 0;

    /// <summary>How many cases of each expected kind came out as each kind.</summary>
    public IReadOnlyDictionary<(Kind Expected, Kind Actual), int> KindConfusion { get; init; } = new Dictionary<(Kind, Kind), int>();

    /// <summary>The table editors read: one line per field, then one block per miss.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine($"{Cases} cases");
        writer.WriteLine($"{"field",-9} {"correct",8} {"total",6} {"accuracy",9}");
        foreach (var f in Fields)
        {
            writer.WriteLine($"{f.Field,-9} {f.Correct,8} {f.Total,6} {f.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%",9}");
        }

        WriteConfusion(writer);
        writer.WriteLine(Passed ? "no misses" : $"{Misses.Count} misses:");
        foreach (var miss in Misses)
        {
            writer.WriteLine($"- {miss.CaseId} ({miss.Origin}) {miss.Field}");
            writer.WriteLine($"    expected: {miss.Expected}");
            writer.WriteLine($"    actual:   {miss.Actual}");
            writer.WriteLine($"    reason:   {miss.Reason}");
        }
    }

    // Rows are what the editors labelled, columns what the code decided.
    private void WriteConfusion(TextWriter writer)
    {
        var kinds = Enum.GetValues<Kind>();
        writer.WriteLine();
        writer.WriteLine($"kind: expected (rows) by actual (columns)");
        writer.WriteLine($"{"",-10}" + string.Concat(kinds.Select(k => $"{k,10}")));
        foreach (var expected in kinds)
        {
            writer.WriteLine($"{expected,-10}" + string.Concat(kinds.Select(actual => $"{KindConfusion.GetValueOrDefault((expected, actual)),10}")));
        }

        writer.WriteLine();
    }

    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer);
        return writer.ToString();
    }
}
