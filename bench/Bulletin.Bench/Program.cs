using System.Globalization;
using Bulletin.Bench;

// dotnet run -c Release --project bench/Bulletin.Bench -- [parse|sweep|all] [--sources 500] [--seconds 4] [--host-delay 0]
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var sources = (int)Option("--sources", 500);
var seconds = Option("--seconds", 4);
var hostDelay = Option("--host-delay", 0);
if (mode is not ("parse" or "sweep" or "all" or "profile") || sources is < 1 or > 10_000 || seconds <= 0 || hostDelay is < 0 or > 60)
{
    Console.Error.WriteLine("usage: Bulletin.Bench [parse|sweep|all] [--sources 1..10000] [--seconds SECONDS_PER_PARSE_CASE] [--host-delay SECONDS]");
    return 2;
}

var repoRoot = RepoRoot.Find();
Figures.Machine(Console.Out);
if (mode == "profile")
{
    PageProfile.Run(Console.Out, passes: 5);
    return 0;
}

var complete = true;

// The sweep goes first so its memory peaks are not raised by the parsing cases' working set.
if (mode is "sweep" or "all")
{
    var sweep = await SweepBenchmark.RunAsync(repoRoot, sources, TimeSpan.FromSeconds(hostDelay), CancellationToken.None);
    Figures.Sweep(Console.Out, sweep);
    complete = sweep.IsComplete;
    if (!complete)
    {
        Console.Error.WriteLine("sweep: INCOMPLETE — not every source, page or item made it; the figures above are not of a full run");
    }
}

if (mode is "parse" or "all")
{
    Figures.Parsing(Console.Out, ParseBenchmark.Run(TimeSpan.FromSeconds(seconds), FeedCorpus.Find(repoRoot)));
}

return complete ? 0 : 1;

double Option(string name, double fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && double.TryParse(args[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
