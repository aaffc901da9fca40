using System.Diagnostics;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Service;

/// <summary>
/// The default <c>data/</c> is the working directory's, where the README's command runs: the app
/// resolves it there, and <c>dotnet run</c> starts the app in the caller's directory, not the project's.
/// </summary>
public sealed class DataFolderTests
{
    [Fact]
    public async Task The_default_database_goes_under_data_in_the_working_directory()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("bulletin-cwd-").FullName;
        try
        {
            var sources = Path.Combine(workingDirectory, "empty.sources.json");
            await File.WriteAllTextAsync(sources, """{"sources": []}""");
            var port = ServiceSite.FreePort();
            // No Bulletin__DatabasePath or DraftsPath: the defaults, data/bulletin.db and data/drafts.
            var environment = new Dictionary<string, string>
            {
                ["Bulletin__SourcesPath"] = sources,
                ["Bulletin__Schedule__Collect"] = "0 0 0 1 1 ? 2099",
                ["Bulletin__Schedule__Draft"] = "0 0 0 1 1 ? 2099",
            };
            var (process, output) = ServiceSite.Start(["serve", "--urls", $"http://127.0.0.1:{port}"], environment, workingDirectory);
            using (process)
            using (var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) })
            {
                var live = false;
                for (var i = 0; i < 600 && !process.HasExited && !live; i++)
                {
                    try
                    {
                        live = (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(100);
                    }
                }

                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.True(live, output());
            }

            Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "bulletin.db")), $"no data/bulletin.db in {workingDirectory}");
            Assert.True(Directory.Exists(Path.Combine(workingDirectory, "data", "review-keys")));
            Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(AppProcess.Dll)!, "data")), "data/ was made beside the app");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(workingDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Dotnet_run_starts_the_app_in_the_callers_directory()
    {
        // The Web SDK would set RunWorkingDirectory to the project's folder (src/Bulletin/), so
        // `dotnet run --project src/Bulletin` from the checkout would write src/Bulletin/data/.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[] { "msbuild", Path.Combine("src", "Bulletin", "Bulletin.csproj"), "-getProperty:RunWorkingDirectory", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, await stderr);
        // Empty: dotnet run then starts the app where it was itself started.
        Assert.Equal("", (await stdout).Trim());
    }
}
