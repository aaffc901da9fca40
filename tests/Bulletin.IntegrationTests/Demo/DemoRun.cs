using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Demo;

/// <summary>
/// <c>dotnet Bulletin.dll --urls … demo</c> started as a newcomer starts it, in an empty working
/// directory, read until it prints the address and the demo editor's sign-in.
/// </summary>
internal sealed partial class DemoRun : IAsyncDisposable
{
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private DemoRun(Process process, string workingDirectory)
    {
        Process = process;
        WorkingDirectory = workingDirectory;
    }

    public Process Process { get; }

    public string WorkingDirectory { get; }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The printed path of the week's draft page, <c>/drafts/FROM/TO</c>.</summary>
    public string DraftPath { get; private set; } = "";

    public string User { get; private set; } = "";

    public string Password { get; private set; } = "";

    /// <summary>The throwaway folder the demo said it keeps its data in.</summary>
    public string DataFolder { get; private set; } = "";

    /// <summary>The draft.json the demo said it wrote.</summary>
    public string DraftJson { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<DemoRun> StartAsync()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("bulletin-demo-cwd-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        // The global option before the command's name, as README's `--urls` note allows.
        var process = AppProcess.Start(["--urls", url, "demo"], workingDirectory: workingDirectory);
        var run = new DemoRun(process, workingDirectory);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (run.gate)
            {
                run.output.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("Password", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (run.gate) { run.output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Task.WhenAny(ready.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(3));
        if (!ready.Task.IsCompleted)
        {
            throw new InvalidOperationException($"demo exited {process.ExitCode} before printing its sign-in:\n{run.Output}");
        }

        var text = run.Output;
        var open = new Uri(Line(text, "Open"));
        run.BaseUri = new Uri(open.GetLeftPart(UriPartial.Authority));
        run.DraftPath = open.AbsolutePath;
        run.User = Line(text, "User");
        run.Password = Line(text, "Password");
        run.DataFolder = DataFolderPattern().Match(text).Groups[1].Value;
        run.DraftJson = WrotePattern().Match(text).Groups[1].Value.Trim();
        return run;
    }

    /// <summary>Sends SIGINT, as Ctrl+C does, and waits for the process to end.</summary>
    public async Task InterruptAsync()
    {
        using (var kill = Process.Start("kill", $"-INT {Process.Id}"))
        {
            await kill.WaitForExitAsync();
        }

        await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
        foreach (var folder in new[] { WorkingDirectory, DataFolder }.Where(f => f.Length > 0 && Directory.Exists(f)))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Line(string text, string label) =>
        Regex.Match(text, $"^{label} +(.+)$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value.Trim()
            : throw new InvalidOperationException($"demo printed no '{label}' line:\n{text}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"data in (\S+) \(removed")]
    private static partial Regex DataFolderPattern();

    [GeneratedRegex(@"wrote (.+draft\.json)")]
    private static partial Regex WrotePattern();
}
