using System.CommandLine;

namespace Bulletin.Commands;

/// <summary><c>health</c>: asks a running service whether it is ready; the container's HEALTHCHECK calls it.</summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "Readiness endpoint of the running service",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/health/ready",
        };
        var command = new Command("health", "Check that a running service answers its readiness endpoint (exit 0 when ready).") { url };
        command.SetAction(async (parse, ct) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await client.GetAsync(new Uri(parse.GetValue(url)!), ct);
                await Console.Out.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                return response.IsSuccessStatusCode ? ExitCodes.Ok : ExitCodes.Failed;
            }
            catch (HttpRequestException e)
            {
                await Console.Error.WriteLineAsync($"health: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
