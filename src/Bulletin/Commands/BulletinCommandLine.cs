using System.CommandLine;
using Bulletin.Demo;

namespace Bulletin.Commands;

/// <summary>
/// The command line: with no command it runs the service (scheduler, review pages, health); with a
/// command it runs that one job and exits. Both use the same pipeline.
/// </summary>
internal static class BulletinCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Bulletin: collects the week's statements and reports and drafts the bulletin.")
        {
            GlobalOptions.Urls,
            ServeCommand.Create(),
            DemoCommand.Create(),
            DraftCommand.Create(),
            BackfillCommand.Create(),
            HealthCommand.Create(),
            SourcesCommand.Create(),
            InspectCommand.Create(),
            HashPasswordCommand.Create(),
            ImportBulletinCommand.Create(),
            NamesCommand.Create(),
            ReclassifyCommand.Create(),
            AccuracyCommand.Create(),
        };
        root.SetAction((parse, ct) => ServeCommand.RunAsync(GlobalOptions.HostArguments(parse, []), ct));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; "@FILE" reads one argument per line, so paths with spaces need no quoting (see ArgumentFile).</summary>
    public static ParseResult Parse(string[] args) =>
        Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ArgumentFile.TryRead });
}
