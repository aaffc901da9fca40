using System.CommandLine;
using System.Text;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Learning;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>import-bulletin FILE [--accept] [--db FILE]</c>: reads a published bulletin's resources list and
/// proposes every issuer name the directory does not know (accepted at once with --accept).
/// </summary>
internal static class ImportBulletinCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A published bulletin saved as HTML, Markdown or text" };
        var accept = new Option<bool>("--accept") { Description = "Accept every new name into the directory now, instead of proposing it" };
        var db = new Option<string?>("--db") { Description = "SQLite database file (default: Bulletin:DatabasePath, data/bulletin.db)" };
        var command = new Command("import-bulletin", "Learn the issuer names editors use from a past bulletin's \"Resources\" list.") { file, accept, db };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(accept), parse.GetValue(db), ct));
        return command;
    }

    public static async Task<int> RunAsync(string path, bool accept, string? dbPath, CancellationToken ct)
    {
        string content;
        try
        {
            content = await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"import-bulletin: cannot read {path}: {e.Message}");
            return ExitCodes.BadArguments;
        }

        var overrides = new Dictionary<string, string?>();
        if (dbPath is not null)
        {
            overrides["Bulletin:DatabasePath"] = dbPath;
        }

        ImportReport report;
        try
        {
            using var host = CommandHost.Build(overrides);
            report = await host.Services.GetRequiredService<BulletinImporter>().ImportAsync(content, Path.GetFileName(path), accept, ct);
        }
        catch (Exception e) when (e is OptionsValidationException or IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"import-bulletin: {e.Message}");
            return ExitCodes.BadConfiguration;
        }

        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await stdout.WriteLineAsync($"{report.Items} items, {report.Known.Count} names known, {report.Proposed.Count} new names {(accept ? "accepted" : "proposed")}"
            + (report.Counts > 0 ? $", {report.Counts} counted signatory lines" : ""));
        foreach (var name in report.Proposed)
        {
            var guess = name.Suggestion is null ? "a body of its own" : $"maybe {name.Suggestion}";
            await stdout.WriteLineAsync($"  {name.Name} ({guess}){(name.Recorded ? "" : " [recorded before]")}");
        }

        if (report.Items == 0)
        {
            await Console.Error.WriteLineAsync($"import-bulletin: no \"Title\" / \"By …\" items found in {path}");
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }
}
