using System.CommandLine;

var root = new RootCommand("CleanFeed: feeds in, clean articles out.");
return await root.Parse(args).InvokeAsync();
