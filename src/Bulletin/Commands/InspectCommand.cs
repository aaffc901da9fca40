using System.CommandLine;
using System.Text;
using Bulletin.Core.Classification.Issuers;
using Bulletin.Core.Inspection;
using Microsoft.Extensions.Options;

namespace Bulletin.Commands;

/// <summary>
/// <c>inspect PATH-OR-URL… [--json] [--base-url URL]</c>: what Bulletin extracts from feeds and pages, without a
/// sources file. Exit 0 when every input was read as a feed or a page, <see cref="ExitCodes.Failed"/>
/// when any was not, <see cref="ExitCodes.BadConfiguration"/> when the issuer directory or options are broken.
/// </summary>
internal static class InspectCommand
{
    // Parsing is CPU-bound on small machines, fetching waits on hosts; a few at a time serves both.
    private const int Concurrency = 4;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH-OR-URL")
        {
            Description = "Feed or page files, directories (every file under them, sorted) or http(s) URLs; @file reads more arguments from a file, one per line",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per input, one per line" };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Read local files as if served from this URL (each at its path relative to the working directory), so relative links and the site's host apply",
        };
        var command = new Command("inspect", "Show what Bulletin reads from feeds and pages: items of a feed; title, date, issuer, kind, language and canonical URL of a page.")
        {
            inputs, json, baseUrl,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(inputs)!, parse.GetValue(json), parse.GetValue(baseUrl), ct));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, bool json, string? baseUrl, CancellationToken ct)
    {
        Uri? filesUrl = null;
        if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out filesUrl) || filesUrl.Scheme is not ("http" or "https")))
        {
            await Console.Error.WriteLineAsync($"inspect: --base-url '{baseUrl}' is not an absolute http(s) URL, e.g. https://example.org/news/");
            return ExitCodes.BadArguments;
        }

        var options = new InspectionOptions { Concurrency = Concurrency, BaseUrl = filesUrl };
        Inspector inspector;
        IHost host;
        try
        {
            host = CommandHost.Build(new Dictionary<string, string?>());
            inspector = ActivatorUtilities.CreateInstance<Inspector>(host.Services);
        }
        catch (Exception e) when (e is OptionsValidationException or IssuerFileException or Core.Classification.Naming.NamingFileException)
        {
            await Console.Error.WriteLineAsync($"inspect: {e.Message}");
            return ExitCodes.BadConfiguration;
        }

        using (host)
        {
            // Bytes straight to stdout as UTF-8, whatever the terminal's locale says, so Burmese survives a pipe.
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var failed = 0;
            var total = 0;
            await foreach (var answer in inspector.InspectAllAsync(InspectionInputs.Expand(arguments), options, ct))
            {
                total++;
                if (answer is InspectionError)
                {
                    failed++;
                }

                if (json)
                {
                    await stdout.WriteLineAsync(InspectionJson.Line(answer));
                }
                else
                {
                    InspectionText.Write(stdout, answer);
                }

                await stdout.FlushAsync(ct);
            }

            if (failed > 0)
            {
                await Console.Error.WriteLineAsync($"inspect: {failed} of {total} input(s) could not be read");
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
    }
}
