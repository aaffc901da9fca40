using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Bulletin.Bench;

/// <summary>Prints the benchmark's figures as Markdown tables, ready to paste into the README.</summary>
internal static class Figures
{
    public const double Megabyte = 1024 * 1024;

    public static void Machine(TextWriter output)
    {
        output.WriteLine($"Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; {Environment.ProcessorCount} cores; {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}; " +
            $".NET {Environment.Version}; {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        output.WriteLine($"Load average at start (1/5/15 min): {LoadAverage()}; other work on the machine lowers every rate below.");
        output.WriteLine();
    }

    public static void Parsing(TextWriter output, IReadOnlyList<ParseFigures> figures)
    {
        output.WriteLine("Parsing (one thread; feeds: FeedReader.Read; pages: TextDecoder.Decode + PageReader.Read)");
        output.WriteLine();
        Table(output, ["input", "documents", "avg size", "docs/s", "MB/s", "allocated/doc", "allocated/byte"], figures.Select(f => new[]
        {
            f.Name,
            f.Accepted == f.Inputs ? N(f.Inputs) : $"{N(f.Inputs)} ({N(f.Inputs - f.Accepted)} not feeds)",
            Kb(f.AverageBytes),
            N(f.DocumentsPerSecond),
            F(f.MegabytesPerSecond),
            Kb(f.AllocatedPerDocument),
            F(f.AllocatedPerByte),
        }));
    }

    public static void Sweep(TextWriter output, SweepFigures f)
    {
        output.WriteLine($"Sweep: {N(f.Sources)} feed sources on loopback, each on its own address (127.1.x.y), {f.Politeness}");
        output.WriteLine();
        Table(output, ["measure", "value"],
        [
            ["wall time (CollectionRun.RunAsync)", $"{f.Elapsed.TotalSeconds:F1} s"],
            ["requests (robots.txt / feeds / item pages / other)", $"{N(f.Requests)} ({N(f.RobotsRequests)} / {N(f.FeedRequests)} / {N(f.PageRequests)} / {N(f.OtherRequests)})"],
            ["of which the synthetic server rendering pages (summed over threads)", $"{f.Generation.TotalSeconds:F1} s"],
            ["item pages/s", N(f.PageRequests / f.Elapsed.TotalSeconds)],
            ["requests/s", N(f.Requests / f.Elapsed.TotalSeconds)],
            ["bytes served", $"{F(f.Bytes / Megabyte)} MB"],
            ["MB/s", F(f.Bytes / Megabyte / f.Elapsed.TotalSeconds)],
            ["items stored / items in the window served", $"{N(f.ItemsStored)} / {N(f.ItemsExpected)}"],
            ["sources ok", $"{N(f.SourcesOk)} / {N(f.Sources)}"],
            ["peak working set during the sweep (sampled every 50 ms)", Mb(f.Memory.PeakWorkingSet)],
            ["process peak working set (Process.PeakWorkingSet64)", Mb(f.Memory.ProcessPeakWorkingSet)],
            ["peak managed heap (sampled)", Mb(f.Memory.PeakManagedHeap)],
            ["GC heap after the sweep / committed", $"{Mb(f.Memory.HeapAfter)} / {Mb(f.Memory.CommittedAfter)}"],
            ["allocated during the sweep", Mb(f.Memory.Allocated)],
            ["allocated per byte served", F((double)f.Memory.Allocated / f.Bytes)],
            ["collections gen0 / gen1 / gen2", $"{f.Memory.Gen0} / {f.Memory.Gen1} / {f.Memory.Gen2}"],
        ]);
    }

    /// <summary>Several sweeps side by side, so how time and memory grow with the number of sources shows.</summary>
    public static void Growth(TextWriter output, IReadOnlyList<SweepFigures> sweeps)
    {
        output.WriteLine("Sweeps in one process, smallest first (each starts after a full collection)");
        output.WriteLine();
        Table(output, ["sources", "item pages", "MB served", "wall time", "pages/s", "peak working set", "peak managed heap", "allocated", "allocated/byte", "complete"], sweeps.Select(f => new[]
        {
            N(f.Sources),
            N(f.PageRequests),
            F(f.Bytes / Megabyte),
            $"{f.Elapsed.TotalSeconds:F1} s",
            N(f.PageRequests / f.Elapsed.TotalSeconds),
            Mb(f.Memory.PeakWorkingSet),
            Mb(f.Memory.PeakManagedHeap),
            Mb(f.Memory.Allocated),
            F((double)f.Memory.Allocated / f.Bytes),
            f.IsComplete ? "yes" : "NO",
        }));
    }

    private static void Table(TextWriter output, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |";
        output.WriteLine(Line(headers));
        output.WriteLine("|" + string.Join("|", widths.Select((w, c) => c == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var row in all.Skip(1))
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine();
    }

    // Linux only; elsewhere the figure is simply not known.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("N1", CultureInfo.InvariantCulture);

    private static string Kb(double bytes) => (bytes / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KB";

    private static string Mb(double bytes) => (bytes / Megabyte).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
