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
        command.SetAction((parse, ct) => RunAsync(GlobalOptions.HostArguments(parse, parse.UnmatchedTokens), ct));
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var app = Build(args, overrides: null);
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

    /// <summary>
    /// The service's web app: configuration (the app's appsettings.json, the working directory's, the
    /// environment, <paramref name="args"/>, then <paramref name="overrides"/> above all), the pipeline,
    /// the schedule, the review pages and the status endpoints. <c>demo</c> builds the same app over its own data.
    /// </summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddBulletin(builder.Configuration);
        builder.AddBulletinSchedule();
        builder.Services.AddReview(builder.Configuration);
        var app = builder.Build();
        app.MapReview();
        app.MapBulletinStatus();
        return app;
    }
}
