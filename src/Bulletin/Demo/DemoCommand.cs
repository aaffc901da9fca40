using System.CommandLine;
using System.Globalization;
using Bulletin.Commands;
using Bulletin.Core.Collection;
using Microsoft.Extensions.Options;

namespace Bulletin.Demo;

/// <summary>
/// <c>demo</c>: the whole product offline in one command. Starts the sample web on loopback, writes a
/// sources file for it, collects the week ending today into a throwaway folder, drafts it, and serves
/// the review pages with a demo editor whose sign-in it prints. Ctrl+C stops it and removes the folder.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Where the demo listens when neither --urls nor ASPNETCORE_URLS says.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var command = new Command("demo", "Try Bulletin offline: a sample web on loopback, collected and drafted into a throwaway folder, served for review with a demo editor.");
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(GlobalOptions.Urls), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string? urls, TextWriter output, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-demo-").FullName;
        var editor = DemoEditor.Create();
        WebApplication? app = null;
        SampleWeb? web = null;
        try
        {
            var listen = urls ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? DefaultUrl;
            app = ServeCommand.Build(["--urls", listen], Settings(folder, editor));
            // The sources file must exist before the options are first read: reading them checks it.
            var zone = (app.Configuration.GetSection(BulletinOptions.Section).Get<BulletinOptions>() ?? new BulletinOptions()).Zone;
            var week = SampleWeek.EndingToday(app.Services.GetRequiredService<TimeProvider>(), zone);
            web = await SampleWeb.StartAsync(week, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), web.SourcesJson(), ct);
            var options = app.Services.GetRequiredService<IOptions<BulletinOptions>>().Value;

            await output.WriteLineAsync($"Bulletin demo: a sample web of {web.Sites.Count} sites on 127.0.0.1, data in {folder} (removed when the demo stops)");
            await app.StartAsync(ct);
            var window = week.Window;
            await output.WriteLineAsync($"Collecting {window.From:yyyy-MM-dd} to {window.To:yyyy-MM-dd} ({window.Zone.Id}) from {options.SourcesPath}");
            var drafts = Path.Combine(options.DraftsPath, window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var result = await app.Services.GetRequiredService<DraftRun>().RunAsync(window, options.LoadSources(), drafts, collect: true, ProgressDisplay.For(output), ct);
            await Summary.WriteAsync(output, result);

            var address = app.Urls.FirstOrDefault() ?? listen;
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Open      {address.TrimEnd('/')}/drafts/{window.From:yyyy-MM-dd}/{window.To:yyyy-MM-dd}");
            await output.WriteLineAsync($"User      {editor.Name}");
            await output.WriteLineAsync($"Password  {editor.Password}");
            await output.WriteLineAsync("Review the draft, approve it, then open the version to export it. Press Ctrl+C to stop.");
            await output.FlushAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("demo: configuration is not valid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", e.Failures));
            return ExitCodes.BadConfiguration;
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"demo: cannot listen on {urls ?? DefaultUrl}: {e.Message}; give another address with --urls, e.g. demo --urls http://127.0.0.1:5080");
            return ExitCodes.Failed;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }

            if (web is not null)
            {
                await web.DisposeAsync();
            }

            Remove(folder);
            await output.WriteLineAsync($"Bulletin demo stopped; removed {folder}");
        }
    }

    /// <summary>
    /// The demo's own data, laid over every other configuration so a demo never touches the service's
    /// database, drafts or sources.
    /// </summary>
    private static Dictionary<string, string?> Settings(string folder, DemoEditor editor)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bulletin:DatabasePath"] = Path.Combine(folder, "bulletin.db"),
            ["Bulletin:DraftsPath"] = Path.Combine(folder, "drafts"),
            ["Bulletin:SourcesPath"] = Path.Combine(folder, "sources.json"),
            // The demo's editor signs in with the printed password; a proxy's header is not trusted here.
            ["Bulletin:Review:TrustedHeader"] = "",
            // The demo's own lines show the progress; the service's request and scheduler logs would bury them.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in editor.Settings())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static void Remove(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held is left to the system's temp clean-up.
        }
    }
}
