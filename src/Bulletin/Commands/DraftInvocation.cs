using Bulletin.Core.Collection;
using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// What <c>draft</c> and <c>backfill</c> share: the host with --sources/--db laid over configuration, the
/// run with a progress display, the summary, and configuration errors turned into exit code 3.
/// </summary>
internal static class DraftInvocation
{
    /// <summary>Drafts the window <paramref name="from"/>–<paramref name="to"/> into <paramref name="outDir"/>, or into Bulletin:DraftsPath/&lt;to&gt; when it is null.</summary>
    public static async Task<int> RunAsync(string command, DateOnly from, DateOnly to, string? sourcesPath, string? dbPath, string? outDir, bool collect, CancellationToken ct)
    {
        if (to < from)
        {
            await Console.Error.WriteLineAsync($"{command}: --to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
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
            var window = new Window(from, to, options.Zone);
            var definitions = options.LoadSources();
            var folder = outDir ?? Path.Combine(Core.ContentPaths.Resolve(options.DraftsPath, mustExist: false), to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            var run = host.Services.GetRequiredService<DraftRun>();
            var result = await run.RunAsync(window, definitions, folder, collect, ProgressDisplay.ForStandardError(), ct);
            await Summary.WriteAsync(Console.Out, result);
            var failed = result.Draft.Sources.Count(s => s.Status == Core.Storage.SourceRunStatus.Failed);
            if (collect && failed > 0 && failed == result.Draft.Sources.Count)
            {
                // An empty draft because nothing could be read is a failure, not a quiet week.
                await Console.Error.WriteLineAsync($"{command}: every source failed ({failed} of {failed}); the draft holds only what was stored before");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is SourcesFileException or OptionsValidationException or TemplateException or Core.Classification.Issuers.IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"{command}: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
    }
}
