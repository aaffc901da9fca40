using System.Diagnostics;

namespace Bulletin.Tests.Support;

/// <summary>The built Bulletin executable, started as operators start it: <c>dotnet Bulletin.dll …</c>.</summary>
internal static class AppProcess
{
    public static string Dll => typeof(Bulletin.Commands.ExitCodes).Assembly.Location;

    /// <summary>Starts the app with its output redirected, by default in the repository root (where appsettings.json and seeds are).</summary>
    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Loopback sites need no politeness delay; robots.txt is still asked for, as in production.
        start.Environment["Bulletin__Fetch__PerHostMinDelay"] = "00:00:00.010";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the app to its end (five minutes at most) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Start(arguments, environment, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await stdout, await stderr);
    }
}
