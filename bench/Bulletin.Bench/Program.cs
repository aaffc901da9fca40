using System.Globalization;
using Bulletin.Bench;

// dotnet run -c Release --project bench/Bulletin.Bench -- [parse|sweep|all|pages|profile] [--sources 100,500,2000] [--seconds 4] [--host-delay 0] [--pages DIR]
var modes = new[] { "parse", "sweep", "all", "pages", "profile" };
var mode = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault() ?? "all";
var sweeps = Text("--sources", "100,500,2000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
var seconds = Option("--seconds", 4);
var hostDelay = Option("--host-delay", 0);
var pages = args.Contains("--pages") ? Text("--pages", string.Empty) : null;
if (!modes.Contains(mode) || sweeps.Count == 0 || sweeps.Any(n => n is < 1 or > 10_000) || seconds <= 0 || hostDelay is < 0 or > 60 || pages is { Length: 0 })
{
    Console.Error.WriteLine("usage: Bulletin.Bench [parse|sweep|all|pages|profile] [--sources N[,N...] each 1..10000] [--seconds SECONDS_PER_PARSE_CASE] [--host-delay SECONDS] [--pages DIR]");
    return 2;
}

var repoRoot = RepoRoot.Find();
Figures.Machine(Console.Out);
if (mode == "profile")
{
    PageProfile.Run(Console.Out, passes: 5);
    return 0;
}

if (mode == "pages")
{
    Figures.Parsing(Console.Out, ParseBenchmark.PagesOnly(TimeSpan.FromSeconds(seconds), pages));
    return 0;
}

var complete = true;

// The sweeps go first so their memory peaks are not raised by the parsing cases' working set.
if (mode is "sweep" or "all")
{
    var figures = new List<SweepFigures>();
    foreach (var sources in sweeps.Order())
    {
        var sweep = await SweepBenchmark.RunAsync(repoRoot, sources, TimeSpan.FromSeconds(hostDelay), CancellationToken.None);
        Figures.Sweep(Console.Out, sweep);
        figures.Add(sweep);
        if (!sweep.IsComplete)
        {
            complete = false;
            Console.Error.WriteLine($"sweep of {sources} sources: INCOMPLETE — not every source, page or item made it; its figures are not of a full run");
        }
    }

    if (figures.Count > 1)
    {
        Figures.Growth(Console.Out, figures);
    }
}

if (mode is "parse" or "all")
{
    Figures.Parsing(Console.Out, ParseBenchmark.Run(TimeSpan.FromSeconds(seconds), FeedCorpus.Find(repoRoot), pages));
}

return complete ? 0 : 1;

double Option(string name, double fallback) =>
    double.TryParse(Text(name, string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

string Text(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
