using System.Diagnostics;

namespace CleanFeed.Functions.Tests.Infrastructure;

/// <summary>Runs the real `cleanfeed` program (built beside the tests) as a separate process.</summary>
public static class CleanFeedProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cleanfeed.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The test runner's own settings must not leak into the program under test.
        psi.Environment.Remove("AzureWebJobsStorage");
        psi.Environment.Remove("Feeds");
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cleanfeed {string.Join(' ', args)} did not finish:\n{await stdout}\n{await stderr}");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
