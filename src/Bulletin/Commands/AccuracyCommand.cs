using System.CommandLine;
using System.Text.Json;
using Bulletin.Core.Accuracy;
using Bulletin.Core.Classification;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Classification.Naming;
using Bulletin.Core.Collection;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>accuracy [--set DIR-OR-FILE]</c>: runs attribution over a labelled set and prints per-field accuracy
/// and every miss with its reason. Exit 0 at 100%, <see cref="ExitCodes.Failed"/> on any miss,
/// <see cref="ExitCodes.BadArguments"/> when the set cannot be read.
/// </summary>
internal static class AccuracyCommand
{
    public static Command Create()
    {
        var set = new Option<string>("--set")
        {
            Description = "A labelled set: a .jsonl file or a folder of them",
            DefaultValueFactory = _ => Path.Combine("tests", "labelled"),
        };
        var draft = new Option<string?>("--draft") { Description = "Score this draft.json against --gold instead of running the labelled set" };
        var gold = new Option<string?>("--gold") { Description = "The bulletin editors published for the draft's week, in draft.json's shape" };
        var command = new Command("accuracy", "Score issuer, kind, section, dedupe and pairing over a labelled set (or a draft against the published bulletin); list every miss with its reason.")
        {
            set, draft, gold,
        };
        command.SetAction((parse, ct) => parse.GetValue(draft) is { } draftPath
            ? CompareAsync(draftPath, parse.GetValue(gold), Console.Out, Console.Error)
            : RunAsync(parse.GetValue(set)!, Console.Out, Console.Error));
        return command;
    }

    private static async Task<int> CompareAsync(string draftPath, string? goldPath, TextWriter output, TextWriter errors)
    {
        if (goldPath is null)
        {
            await errors.WriteLineAsync("accuracy: --draft needs --gold, the bulletin to compare it with");
            return ExitCodes.BadArguments;
        }

        try
        {
            using var draft = JsonDocument.Parse(await File.ReadAllTextAsync(draftPath));
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(goldPath));
            var report = GoldComparison.Compare(draft.RootElement, gold.RootElement);
            report.Write(output);
            return report.Passed ? ExitCodes.Ok : ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException)
        {
            await errors.WriteLineAsync($"accuracy: cannot compare {draftPath} with {goldPath}: {e.Message}");
            return ExitCodes.BadArguments;
        }
    }

    public static async Task<int> RunAsync(string setPath, TextWriter output, TextWriter errors)
    {
        LabelledSet set;
        try
        {
            set = LabelledSet.Load(setPath);
        }
        catch (LabelledSetException e)
        {
            await errors.WriteLineAsync(e.Message);
            return ExitCodes.BadArguments;
        }

        ItemClassifier classifier;
        TimeZoneInfo zone;
        try
        {
            using var host = CommandHost.Build(new Dictionary<string, string?>());
            classifier = host.Services.GetRequiredService<ItemClassifier>();
            zone = host.Services.GetRequiredService<IOptions<BulletinOptions>>().Value.Zone;
        }
        catch (Exception e) when (e is OptionsValidationException or IssuerFileException or NamingFileException)
        {
            await errors.WriteLineAsync($"accuracy: {e.Message}");
            return ExitCodes.BadConfiguration;
        }

        var report = AccuracyRun.Run(set, classifier, zone);
        report.Write(output);
        await output.FlushAsync();
        return report.Passed ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
