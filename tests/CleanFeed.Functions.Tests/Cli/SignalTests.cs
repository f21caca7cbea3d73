using System.Diagnostics;
using CleanFeed.Functions.Tests.Infrastructure;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary>`cleanfeed run` without --once runs until stopped; SIGINT and SIGTERM both stop it cleanly.</summary>
public class SignalTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("INT", true)]
    [InlineData("TERM", true)]
    [InlineData("TERM", false)]
    public async Task Run_stops_cleanly_on_the_signal(string signal, bool withStorage)
    {
        // Without --storage, run starts the pinned Azurite on the default ports itself, and must stop it too.
        var azuriteWasUp = await CleanFeed.Cli.Azurite.AzuriteServer.IsListeningAsync(10000);
        var feeds = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-sig-").FullName, "feeds.json");
        await File.WriteAllTextAsync(feeds, """{ "feeds": [ { "url": "http://127.0.0.1:9/feed.xml" } ] }""");
        // env --default-signal: a runner may have started us with SIGINT ignored, which a child would inherit.
        var psi = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { "--default-signal=INT,TERM", "dotnet", Path.Combine(AppContext.BaseDirectory, "cleanfeed.dll"), "run", "--feeds", feeds })
            psi.ArgumentList.Add(a);
        if (withStorage)
        {
            psi.ArgumentList.Add("--storage");
            psi.ArgumentList.Add(azurite.ConnectionString);
        }
        psi.Environment.Remove("AzureWebJobsStorage");
        psi.Environment["FetchSchedule"] = "0 0 0 1 1 *";
        using var process = new Process { StartInfo = psi };
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        string Text() { lock (output) return output.ToString(); }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Text().Contains("Running on schedule") && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        Assert.False(process.HasExited, "run exited before it was signalled: " + Text());
        Assert.Contains("Running on schedule", Text());
        await Task.Delay(500);
        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString()])) await kill.WaitForExitAsync();

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopping ...", Text());
        Assert.Contains("Stopped.", Text());
        if (!withStorage && !azuriteWasUp)
            Assert.False(await CleanFeed.Cli.Azurite.AzuriteServer.IsListeningAsync(10000), "the Azurite run started is still running");
    }
}
