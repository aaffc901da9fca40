using System.CommandLine;
using Bulletin.Core.Collection;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>sources check [ID]</c>: reads one source (or all) once, into a throwaway database, and prints
/// every item it would collect and why any was dropped, so an operator can fix a selector in minutes.
/// </summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "The source to check (default: every enabled source)", Arity = ArgumentArity.ZeroOrOne };
        var sources = new Option<string?>("--sources") { Description = "Sources file (default: Bulletin:SourcesPath, seeds/sources.json)" };
        var from = new Option<string?>("--from") { Description = "First day of the window (YYYY-MM-DD; default: the scheduled collection's, Bulletin:CollectDays back)" };
        var to = new Option<string?>("--to") { Description = "Last day of the window, inclusive (YYYY-MM-DD; default: today)" };
        var check = new Command("check", "Read a source once and print what it would collect, and why anything was dropped. Nothing is stored.")
        {
            id, sources, from, to,
        };
        check.SetAction((parse, ct) => CheckAsync(parse.GetValue(id), parse.GetValue(sources), parse.GetValue(from), parse.GetValue(to), ct));
        return new Command("sources", "Work with the sources file.") { check };
    }

    private static async Task<int> CheckAsync(string? id, string? sourcesPath, string? fromText, string? toText, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("bulletin-check-");
        var overrides = new Dictionary<string, string?> { ["Bulletin:DatabasePath"] = Path.Combine(scratch.FullName, "check.db") };
        if (sourcesPath is not null)
        {
            overrides["Bulletin:SourcesPath"] = sourcesPath;
        }

        try
        {
            using var host = CommandHost.Build(overrides);
            var options = host.Services.GetRequiredService<IOptions<BulletinOptions>>().Value;
            if (WindowFrom(fromText, toText, options, host.Services.GetRequiredService<TimeProvider>()) is not { } window)
            {
                return ExitCodes.BadArguments;
            }

            var all = options.LoadSources();
            var chosen = id is null ? all.Where(s => s.Enabled).ToList() : all.Where(s => s.Id == id).Select(s => s with { Enabled = true }).ToList();
            if (chosen.Count == 0)
            {
                await Console.Error.WriteLineAsync($"sources check: no source with id '{id}' in {options.SourcesPath}; ids: {string.Join(", ", all.Select(s => s.Id))}");
                return ExitCodes.BadArguments;
            }

            var report = new SourceCheckReport(Console.Error);
            var results = await host.Services.GetRequiredService<CollectionRun>().RunAsync(chosen, window, report, ct);
            report.Write(Console.Out, window, results);
            return results.Any(r => r.Status == Core.Storage.SourceRunStatus.Failed) ? ExitCodes.Failed : ExitCodes.Ok;
        }
        catch (Exception e) when (e is SourcesFileException or OptionsValidationException or TemplateException or Core.Classification.Issuers.IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"sources check: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            scratch.Delete(recursive: true);
        }
    }

    private static Window? WindowFrom(string? fromText, string? toText, BulletinOptions options, TimeProvider clock)
    {
        var recent = options.RecentDays(clock);
        if (!CommandDates.TryParse(toText, "sources check", "--to", recent.To, out var to)
            || !CommandDates.TryParse(fromText, "sources check", "--from", to.AddDays(recent.From.DayNumber - recent.To.DayNumber), out var from))
        {
            return null;
        }

        return new Window(from, to, options.Zone);
    }
}
