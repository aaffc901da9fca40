using System.CommandLine;

namespace Bulletin.Commands;

/// <summary><c>draft --from --to</c>: collect a window's items and write its draft files.</summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day of the window (YYYY-MM-DD, in the bulletin's time zone)", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the window, inclusive (YYYY-MM-DD)", Required = true };
        var sources = new Option<string?>("--sources") { Description = "Sources file (default: Bulletin:SourcesPath, seeds/sources.json)" };
        var db = new Option<string?>("--db") { Description = "SQLite database file (default: Bulletin:DatabasePath, data/bulletin.db)" };
        var output = new Option<string>("--out") { Description = "Folder for draft.json, draft.html, draft.md and draft.txt", DefaultValueFactory = _ => "out" };
        var noCollect = new Option<bool>("--no-collect") { Description = "Draft from what is already stored, without fetching" };
        var command = new Command("draft", "Collect what the sources published in a window and write the draft bulletin.")
        {
            from, to, sources, db, output, noCollect,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(sources), parse.GetValue(db), parse.GetValue(output)!, !parse.GetValue(noCollect), ct));
        return command;
    }

    public static async Task<int> RunAsync(string fromText, string toText, string? sourcesPath, string? dbPath, string outDir, bool collect, CancellationToken ct)
    {
        if (!CommandDates.TryParse(fromText, "draft", "--from", default, out var from) || !CommandDates.TryParse(toText, "draft", "--to", default, out var to))
        {
            return ExitCodes.BadArguments;
        }

        return await DraftInvocation.RunAsync("draft", from, to, sourcesPath, dbPath, outDir, collect, ct);
    }
}
