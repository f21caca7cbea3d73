using System.CommandLine;
using CleanFeed.Cli.Commands;

var root = new RootCommand("CleanFeed: news feeds in, clean normalised articles out.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(CleanCommand.Create());
root.Subcommands.Add(ArticlesCommand.Create());
root.Subcommands.Add(FeedsCommand.Create());
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return await root.Parse(args).InvokeAsync();
