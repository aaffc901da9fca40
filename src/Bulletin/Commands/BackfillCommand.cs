using System.CommandLine;

namespace Bulletin.Commands;

/// <summary>
/// <c>backfill --week DATE | --from DATE --to DATE</c>: collect and draft a past window by hand. Items are
/// stored by key and decisions live apart from them, so running it again adds only what is new and
/// keeps every editor's decision.
/// </summary>
internal static class BackfillCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "The week of seven days ending on this day (YYYY-MM-DD)" };
        var from = new Option<string?>("--from") { Description = "First day of the window (YYYY-MM-DD), with --to" };
        var to = new Option<string?>("--to") { Description = "Last day of the window, inclusive (YYYY-MM-DD), with --from" };
        var sources = new Option<string?>("--sources") { Description = "Sources file (default: Bulletin:SourcesPath, seeds/sources.json)" };
        var db = new Option<string?>("--db") { Description = "SQLite database file (default: Bulletin:DatabasePath, data/bulletin.db)" };
        var output = new Option<string?>("--out") { Description = "Folder for the draft files (default: Bulletin:DraftsPath/<last day>, where the scheduled draft goes)" };
        var command = new Command("backfill", "Collect and draft a past week or window; safe to run again, editors' decisions are kept.")
        {
            week, from, to, sources, db, output,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(week), parse.GetValue(from), parse.GetValue(to), parse.GetValue(sources), parse.GetValue(db), parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? weekText, string? fromText, string? toText, string? sourcesPath, string? dbPath, string? outDir, CancellationToken ct)
    {
        if ((weekText is null) == (fromText is null && toText is null) || (weekText is null && (fromText is null || toText is null)))
        {
            await Console.Error.WriteLineAsync("backfill: give either --week DATE (the week ending that day) or both --from DATE and --to DATE, e.g. backfill --week 2022-01-14");
            return ExitCodes.BadArguments;
        }

        DateOnly from, to;
        if (weekText is not null)
        {
            if (!CommandDates.TryParse(weekText, "backfill", "--week", default, out to))
            {
                return ExitCodes.BadArguments;
            }

            from = to.AddDays(-6);
        }
        else if (!CommandDates.TryParse(fromText, "backfill", "--from", default, out from) || !CommandDates.TryParse(toText, "backfill", "--to", default, out to))
        {
            return ExitCodes.BadArguments;
        }

        return await DraftInvocation.RunAsync("backfill", from, to, sourcesPath, dbPath, outDir, collect: true, ct);
    }
}
