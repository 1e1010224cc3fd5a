using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: import, check and export KnowledgeGraph documents against the configured store.");
root.Options.Add(CliStore.DatabaseOption);
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
