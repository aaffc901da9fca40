using System.CommandLine;
using Bulletin.Commands;

// One executable, two ways in: with no command it runs the service (scheduler, review pages,
// health); with a command it runs that one job and exits. Both use the same pipeline.
var root = new RootCommand("Bulletin: collects the week's statements and reports and drafts the bulletin.")
{
    ServeCommand.Create(),
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
root.SetAction((parse, ct) => ServeCommand.RunAsync([], ct));
// "@FILE" reads one argument per line, so paths with spaces need no quoting (see ArgumentFile).
return await root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ArgumentFile.TryRead }).InvokeAsync();
