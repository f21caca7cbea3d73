using System.CommandLine;

var root = new RootCommand("CleanFeed: feeds in, clean articles out.");
root.Subcommands.Add(CleanFeed.Cli.Commands.CleanCommand.Create());
root.Subcommands.Add(CleanFeed.Cli.Commands.EvalCommand.Create());
return await root.Parse(args).InvokeAsync();
