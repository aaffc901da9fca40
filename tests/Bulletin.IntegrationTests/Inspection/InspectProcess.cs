using System.Text.Json;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Inspection;

/// <summary>Runs the built executable's <c>inspect</c> command and hands back its exit code and output lines.</summary>
internal static class InspectProcess
{
    public static Task<InspectRun> RunAsync(params string[] arguments) => RunInAsync(RepositoryRoot.Path, arguments);

    public static async Task<InspectRun> RunInAsync(string workingDirectory, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(["inspect", .. arguments], workingDirectory: workingDirectory);
        return new InspectRun(exitCode, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr);
    }
}

/// <summary>What one run of <c>inspect</c> printed.</summary>
internal sealed record InspectRun(int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    /// <summary>Every stdout line parsed as JSON; fails the test on a line that is not one JSON object.</summary>
    public List<JsonElement> Json() => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
