using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: import, check and export KnowledgeGraph documents against the configured store.");
root.Options.Add(CliStore.DatabaseOption);
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
var parse = root.Parse(args);
var exitCode = await parse.InvokeAsync().ConfigureAwait(false);
// System.CommandLine exits with 1 on a parse error, the status of a rejected document; bad usage is 2.
return parse.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
