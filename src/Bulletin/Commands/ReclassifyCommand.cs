using System.CommandLine;
using Bulletin.Core.Collection;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>reclassify --from DATE --to DATE</c>: attribute and classify the window's stored items again from
/// what their pages said, without fetching, after a directory change, an accepted name or a rule fix.
/// Editors' decisions are kept apart and still win.
/// </summary>
internal static class ReclassifyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day of the window (YYYY-MM-DD)", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the window, inclusive (YYYY-MM-DD)", Required = true };
        var sources = new Option<string?>("--sources") { Description = "Sources file (default: Bulletin:SourcesPath, seeds/sources.json)" };
        var db = new Option<string?>("--db") { Description = "SQLite database file (default: Bulletin:DatabasePath, data/bulletin.db)" };
        var command = new Command("reclassify", "Attribute and classify a window's stored items again, without fetching; editors' decisions are kept.")
        {
            from, to, sources, db,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(sources), parse.GetValue(db), ct));
        return command;
    }

    private static async Task<int> RunAsync(string fromText, string toText, string? sourcesPath, string? dbPath, CancellationToken ct)
    {
        if (!CommandDates.TryParse(fromText, "reclassify", "--from", default, out var from) || !CommandDates.TryParse(toText, "reclassify", "--to", default, out var to))
        {
            return ExitCodes.BadArguments;
        }

        var overrides = new Dictionary<string, string?>();
        if (sourcesPath is not null)
        {
            overrides["Bulletin:SourcesPath"] = sourcesPath;
        }

        if (dbPath is not null)
        {
            overrides["Bulletin:DatabasePath"] = dbPath;
        }

        try
        {
            using var host = CommandHost.Build(overrides);
            var options = host.Services.GetRequiredService<IOptions<BulletinOptions>>().Value;
            var report = await host.Services.GetRequiredService<Reclassification>().RunAsync(options.LoadSources(), new Window(from, to, options.Zone), ct);
            foreach (var change in report.Changes)
            {
                await Console.Out.WriteLineAsync(change);
            }

            await Console.Out.WriteLineAsync($"reclassify: {report.Items} items, {report.Changed} changed, {report.WithoutEvidence} without stored evidence (collected before it was kept, or their source is gone)");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is SourcesFileException or OptionsValidationException or Core.Classification.Issuers.IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"reclassify: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
    }
}
