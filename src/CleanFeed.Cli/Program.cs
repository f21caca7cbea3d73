using System.CommandLine;
using System.Runtime.InteropServices;
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
// SIGINT and SIGTERM cancel the command's token, and every command then stops cleanly (host,
// listeners, an Azurite we started). The parser's own handling would force an exit two seconds
// after the signal, half-way through that.
using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop.Token);
