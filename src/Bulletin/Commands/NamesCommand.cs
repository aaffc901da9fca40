using System.CommandLine;
using System.Text;
using Bulletin.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>names [--accept NAME…] [--reject NAME…] [--accept-all] [--db FILE]</c>: lists the issuer names learned
/// from corrections and past bulletins, and lets an editor accept or reject them.
/// </summary>
internal static class NamesCommand
{
    public static Command Create()
    {
        var accept = new Option<string[]>("--accept") { Description = "Accept this learned name (repeatable)" };
        var reject = new Option<string[]>("--reject") { Description = "Reject this learned name (repeatable)" };
        var acceptAll = new Option<bool>("--accept-all") { Description = "Accept every proposed name" };
        var db = new Option<string?>("--db") { Description = "SQLite database file (default: Bulletin:DatabasePath, data/bulletin.db)" };
        var command = new Command("names", "List learned issuer names; accept or reject them. Accepted names join the directory at the next start.")
        {
            accept, reject, acceptAll, db,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(accept) ?? [], parse.GetValue(reject) ?? [], parse.GetValue(acceptAll), parse.GetValue(db), ct));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> accept, IReadOnlyList<string> reject, bool acceptAll, string? dbPath, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string?>();
        if (dbPath is not null)
        {
            overrides["Bulletin:DatabasePath"] = dbPath;
        }

        try
        {
            using var host = CommandHost.Build(overrides);
            var store = host.Services.GetRequiredService<Store>();
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var unknown = new List<string>();
            foreach (var (names, status) in new[] { (accept, LearnedNameStatus.Accepted), (reject, LearnedNameStatus.Rejected) })
            {
                foreach (var name in names)
                {
                    if (await store.JudgeLearnedNamesAsync(name, status, now, ct) == 0)
                    {
                        unknown.Add(name);
                    }
                }
            }

            if (acceptAll)
            {
                await store.JudgeLearnedNamesAsync(null, LearnedNameStatus.Accepted, now, ct);
            }

            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            foreach (var n in await store.LearnedNamesAsync(null, ct))
            {
                await stdout.WriteLineAsync($"{n.Status,-9} {n.Name} -> {n.Issuer} ({n.Origin}: {n.Evidence})");
            }

            foreach (var name in unknown)
            {
                await Console.Error.WriteLineAsync($"names: no learned name '{name}' to change");
            }

            return unknown.Count == 0 ? ExitCodes.Ok : ExitCodes.BadArguments;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"names: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
    }
}
