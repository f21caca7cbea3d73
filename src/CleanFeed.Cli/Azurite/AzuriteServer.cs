using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CleanFeed.Cli.Azurite;

/// <summary>
/// Starts the Azurite pinned in the repository's package.json as one node process (not npx), on
/// the given or free ports, in memory or with a data folder, and stops it on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public static readonly int[] DefaultPorts = [10000, 10001, 10002];

    private readonly Process _process;

    private AzuriteServer(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/{AccountName};QueueEndpoint=http://127.0.0.1:{queue}/{AccountName};TableEndpoint=http://127.0.0.1:{table}/{AccountName};";

    /// <summary>Starts Azurite. <paramref name="dataFolder"/> null means in-memory; <paramref name="ports"/> null means free ports.</summary>
    public static async Task<AzuriteServer> StartAsync(string? dataFolder = null, int[]? ports = null, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find()
            ?? throw new InvalidOperationException(
                "Azurite is needed but no CleanFeed checkout (package.json) was found above the current folder or the program. " +
                "Run from the repository, or start Azurite yourself, or set AzureWebJobsStorage.");
        var script = await EnsureInstalledAsync(root, log, cancellationToken).ConfigureAwait(false);
        var p = ports ?? FreePorts(3);

        var psi = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        psi.ArgumentList.Add(script);
        foreach (var a in new[]
                 {
                     "--blobHost", "127.0.0.1", "--blobPort", p[0].ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", p[1].ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", p[2].ToString(),
                     // The Azure SDK may speak a newer service version than this Azurite knows.
                     "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                     // No usage telemetry from a local emulator (and no network to send it on).
                     "--disableTelemetry",
                     // No access log: one line per request, for as long as it runs.
                     "--silent",
                 })
            psi.ArgumentList.Add(a);
        if (dataFolder is null)
        {
            psi.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            psi.ArgumentList.Add("--location");
            psi.ArgumentList.Add(dataFolder);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node for Azurite");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Azurite needs Node.js 20 or later on the PATH (or set AzureWebJobsStorage to a running storage): " + e.Message, e);
        }
        // Only the last lines are kept, for the error message if it fails to start; it runs for days.
        var output = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 50) output.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new AzuriteServer(process, p[0], p[1], p[2]);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(await IsListeningAsync(p[0]) && await IsListeningAsync(p[1]) && await IsListeningAsync(p[2])))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    string text;
                    lock (output) text = string.Join('\n', output);
                    throw new InvalidOperationException($"Azurite did not start on ports {string.Join(", ", p)}:\n{text}");
                }
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            // Cancelled or failed while starting: never leave the process behind.
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        log?.WriteLine($"Started Azurite on 127.0.0.1:{p[0]}/{p[1]}/{p[2]} ({(dataFolder is null ? "in memory" : dataFolder)})");
        return server;
    }

    /// <summary>Installs the pinned Azurite with `npm ci` when node_modules does not have it yet.</summary>
    public static async Task<string> EnsureInstalledAsync(string root, TextWriter? log, CancellationToken cancellationToken)
    {
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (File.Exists(script)) return script;
        // One install at a time, across processes (parallel test runs share the checkout).
        using var lockFile = await AcquireLockAsync(Path.Combine(root, ".azurite-install.lock"), cancellationToken).ConfigureAwait(false);
        if (File.Exists(script)) return script;
        log?.WriteLine("Installing Azurite (npm ci) ...");
        var psi = new ProcessStartInfo("npm") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "ci", "--no-audit", "--no-fund" }) psi.ArgumentList.Add(a);
        Process? started;
        try
        {
            started = Process.Start(psi);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Installing Azurite needs npm (Node.js 20 or later) on the PATH: " + e.Message, e);
        }
        using var npm = started ?? throw new InvalidOperationException("could not start npm; install Node.js 20 or later");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }
        if (npm.ExitCode != 0 || !File.Exists(script))
            throw new InvalidOperationException($"npm ci failed in {root} (exit {npm.ExitCode}):\n{await stdout}\n{await stderr}");
        return script;
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (i < 600)
            {
                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await client.ConnectAsync(IPAddress.Loopback, port, cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    public static int FreePort() => FreePorts(1)[0];

    /// <summary>Distinct free ports: all listeners are open at once, so the system cannot hand out one port twice
    /// (three separate picks could, and Azurite then failed to bind its queue or table service).</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = new TcpListener[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                listeners[i] = new TcpListener(IPAddress.Loopback, 0);
                listeners[i].Start();
            }
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var l in listeners) l?.Stop();
        }
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                // SIGTERM first: Azurite saves its metadata databases on a graceful exit, and a kill
                // would lose the last writes of a persisted data folder.
                if (!OperatingSystem.IsWindows() && SysKill(_process.Id, SigTerm) == 0)
                {
                    try { await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false); }
                    catch (TimeoutException) { }
                }
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
