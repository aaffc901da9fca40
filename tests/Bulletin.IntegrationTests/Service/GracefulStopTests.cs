using System.Diagnostics;
using Bulletin.Tests.Support;

namespace Bulletin.Tests.Service;

/// <summary>The app started as the container starts it (<c>dotnet Bulletin.dll</c>, no command), asked to stop with SIGTERM.</summary>
public sealed class GracefulStopTests
{
    [Fact]
    public async Task Started_like_the_container_it_answers_health_and_stops_cleanly_on_SIGTERM()
    {
        await using var site = await ServiceSite.StartAsync();
        var port = ServiceSite.FreePort();
        var environment = site.Environment(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Bulletin__Review__TrustedHeader"] = "X-Test-Proxy-User",
        });

        // The published folder is the working directory in the image; the build output stands in for it.
        var (process, output) = ServiceSite.Start([], environment, workingDirectory: Path.GetDirectoryName(AppProcess.Dll));
        using (process)
        using (var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) })
        {
            Assert.Equal(200, await WaitForStatusAsync(client, "/health/live", process, output));
            Assert.Equal(200, await WaitForStatusAsync(client, "/health/ready", process, output));
            var ready = await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Contains("\"status\":\"ready\"", ready, StringComparison.Ordinal);
            // The status page lists every source and error: editors only, here signed in by a trusted proxy's header.
            using var asked = new HttpRequestMessage(HttpMethod.Get, new Uri("/status", UriKind.Relative));
            asked.Headers.Add("X-Test-Proxy-User", "Operator");
            var status = await (await client.SendAsync(asked)).Content.ReadAsStringAsync();
            Assert.Contains("<h2>Schedule</h2>", status, StringComparison.Ordinal);
            Assert.Contains("draft", status, StringComparison.Ordinal);

            using (var kill = Process.Start("kill", $"-TERM {process.Id}"))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}:\n{output()}");
            Assert.Contains("Bulletin service stopped cleanly", output(), StringComparison.Ordinal);
        }
    }

    private static async Task<int> WaitForStatusAsync(HttpClient client, string path, Process process, Func<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = 0;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                last = (int)response.StatusCode;
                if (last == 200)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{path} answered {last}, not 200, within 60 s:\n{output()}");
        return last;
    }
}
