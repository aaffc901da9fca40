using System.Diagnostics;
using System.Text.Json;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Inspection;

/// <summary>Runs the built executable's <c>inspect</c> command and hands back its exit code and output lines.</summary>
internal static class InspectProcess
{
    public static Task<InspectRun> RunAsync(params string[] arguments) => RunInAsync(RepositoryRoot.Path, arguments);

    public static async Task<InspectRun> RunInAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(Bulletin.Commands.ExitCodes).Assembly.Location);
        start.ArgumentList.Add("inspect");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Loopback fixtures need no politeness delay; robots.txt is still asked for, as in production.
        start.Environment["Bulletin__Fetch__PerHostMinDelay"] = "00:00:00.010";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new InspectRun(process.ExitCode, lines, await stderr);
    }
}

/// <summary>What one run of <c>inspect</c> printed.</summary>
internal sealed record InspectRun(int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    /// <summary>Every stdout line parsed as JSON; fails the test on a line that is not one JSON object.</summary>
    public List<JsonElement> Json() => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
