using System.CommandLine;
using Bulletin.Core;
using Bulletin.Review;
using Bulletin.Service;

namespace Bulletin.Commands;

/// <summary><c>serve</c> (the default): the long-running service with its schedule and health endpoints.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the service: scheduled collection and drafts, review pages and health endpoints (the default).");
        command.SetAction((parse, ct) => RunAsync(parse.UnmatchedTokens.ToArray(), ct));
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        });
        builder.Services.AddBulletin(builder.Configuration);
        builder.AddBulletinSchedule();
        builder.Services.AddReview(builder.Configuration);
        var app = builder.Build();
        app.MapReview();
        app.MapBulletinStatus();
        try
        {
            await app.RunAsync(ct);
            app.Logger.LogInformation("Bulletin service stopped cleanly");
            return ExitCodes.Ok;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("serve: configuration is not valid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", e.Failures));
            return ExitCodes.BadConfiguration;
        }
        catch (Exception e) when (e is Core.Sources.SourcesFileException or Core.Rendering.TemplateException or Core.Classification.Issuers.IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"serve: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
    }
}
