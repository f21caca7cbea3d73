using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CleanFeed.Core.Extraction;

// Extraction throughput vs. parse-only throughput on real pages.
//   dotnet run -c Release --project tests/CleanFeed.Benchmarks -- --quick     (warm, single thread, pages/s and ratio)
//   dotnet run -c Release --project tests/CleanFeed.Benchmarks                (BenchmarkDotNet, with allocations)
// Pages: $CLEANFEED_BENCH_PAGES, else ../shared/corpus/extraction-dev/pages found upwards from here.
if (args.Contains("--quick"))
{
    return QuickBench.Run(args);
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;

public static class BenchPages
{
    public static string? FindDirectory()
    {
        var env = Environment.GetEnvironmentVariable("CLEANFEED_BENCH_PAGES");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var p = Path.Combine(d.FullName, "shared", "corpus", "extraction-dev", "pages");
                if (Directory.Exists(p)) return p;
            }
        return null;
    }

    /// <summary>Loads and decodes up to <paramref name="max"/> pages (sorted by name, so runs are comparable).</summary>
    public static List<string> Load(int max)
    {
        var dir = FindDirectory() ?? throw new DirectoryNotFoundException("No benchmark pages: set CLEANFEED_BENCH_PAGES to a folder of .html/.html.gz pages.");
        return Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal).Take(max).Select(f => HtmlDecoding.ReadPage(f)).ToList();
    }

    /// <summary>The parse-only baseline: AngleSharp parse and a walk over every text node.</summary>
    public static long ParseAndWalk(HtmlParser parser, string html)
    {
        var doc = parser.ParseDocument(html);
        long n = 0;
        Walk(doc.DocumentElement);
        return n;

        // By index: AngleSharp's NextSibling searches the parent's child list, which would make the baseline quadratic on
        // wide elements and flatter the ratio (the extractor walks by index too).
        void Walk(INode node)
        {
            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var c = children[i];
                if (c is IText t) n += t.Data.Length;
                else if (c.HasChildNodes) Walk(c);
            }
        }
    }
}

// Ten warm-up iterations (1,000 pages): with BenchmarkDotNet's short defaults the extractor's many code paths
// are not all at their final JIT tier yet and the figures scatter widely.
[MemoryDiagnoser]
[SimpleJob(warmupCount: 10, iterationCount: 20)]
public class ExtractionBenchmarks
{
    private List<string> _pages = [];
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });
    private readonly ContentExtractor _text = new(new ContentExtractorOptions { ProduceHtml = false, RecordRemoved = false });
    private readonly ContentExtractor _full = new();

    [Params(100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _pages = BenchPages.Load(Pages);

    [Benchmark(Baseline = true, OperationsPerInvoke = 100)]
    public long ParseOnly()
    {
        long n = 0;
        foreach (var p in _pages) n += BenchPages.ParseAndWalk(_parser, p);
        return n;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int ExtractText()
    {
        int n = 0;
        foreach (var p in _pages) n += _text.Extract(new ExtractionInput { Html = p }).Text.Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int ExtractTextAndHtml()
    {
        int n = 0;
        foreach (var p in _pages) n += _full.Extract(new ExtractionInput { Html = p, BaseUrl = new Uri("https://example.com/a/b") }).Html.Length;
        return n;
    }
}

public static class QuickBench
{
    public static int Run(string[] args)
    {
        int max = 2000;
        var i = Array.IndexOf(args, "--pages");
        if (i >= 0 && i + 1 < args.Length) max = int.Parse(args[i + 1]);
        List<string> pages;
        try { pages = BenchPages.Load(max); }
        catch (DirectoryNotFoundException e) { Console.Error.WriteLine(e.Message); return 2; }
        long bytes = pages.Sum(p => (long)p.Length * 2);
        double mb = pages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p)) / 1e6;
        Console.WriteLine($"{pages.Count} pages, {mb:0.0} MB of HTML (UTF-8); warm, single thread");

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var text = new ContentExtractor(new ContentExtractorOptions { ProduceHtml = false, RecordRemoved = false });
        var full = new ContentExtractor();
        var baseUrl = new Uri("https://example.com/a/b");

        var lean = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false, IsNotSupportingFrames = true, SkipComments = true, SkipScriptText = true, SkipRawText = true,
            SkipCDATA = true, SkipProcessingInstructions = true, DisableElementPositionTracking = true,
        });
        var runs = new (string Name, Action<string> Work)[]
        {
            ("parse-only", p => BenchPages.ParseAndWalk(parser, p)),
            ("parse-only (lean)", p => BenchPages.ParseAndWalk(lean, p)),
            ("extract (text)", p => text.Extract(new ExtractionInput { Html = p })),
            ("extract (text+html)", p => full.Extract(new ExtractionInput { Html = p, BaseUrl = baseUrl })),
        };
        var only = Array.IndexOf(args, "--only") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var selected = runs.Where(r => only is null || r.Name.StartsWith(only, StringComparison.Ordinal)).ToList();
        foreach (var (_, work) in selected) foreach (var p in pages) work(p); // warm-up pass (JIT tiers, caches)

        // Rounds interleave the variants and keep each one's best pass, so load from other processes
        // on the machine does not favour one variant.
        int rounds = Array.IndexOf(args, "--rounds") is var r and >= 0 && r + 1 < args.Length ? int.Parse(args[r + 1]) : 3;
        var best = selected.ToDictionary(s => s.Name, _ => double.MaxValue);
        var allocs = selected.ToDictionary(s => s.Name, _ => 0L);
        var heap = selected.ToDictionary(s => s.Name, _ => (0L, 0L));
        var gcs = selected.ToDictionary(s => s.Name, _ => (0, 0, 0));
        var cpu = selected.ToDictionary(s => s.Name, _ => double.MaxValue);
        var pause = selected.ToDictionary(s => s.Name, _ => TimeSpan.Zero);
        var proc = Process.GetCurrentProcess();
        for (int round = 0; round < rounds; round++)
            foreach (var (name, work) in selected)
            {
                GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
                long heapBefore = GC.GetTotalMemory(true);
                long alloc0 = GC.GetAllocatedBytesForCurrentThread();
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                proc.Refresh();
                var cpu0 = proc.TotalProcessorTime;
                var pause0 = GC.GetTotalPauseDuration();
                var sw = Stopwatch.StartNew();
                foreach (var p in pages) work(p);
                sw.Stop();
                var paused = GC.GetTotalPauseDuration() - pause0;
                proc.Refresh();
                cpu[name] = Math.Min(cpu[name], (proc.TotalProcessorTime - cpu0).TotalSeconds);
                gcs[name] = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
                allocs[name] = GC.GetAllocatedBytesForCurrentThread() - alloc0;
                heap[name] = (heapBefore, GC.GetTotalMemory(true));
                if (sw.Elapsed.TotalSeconds < best[name]) pause[name] = paused; // the best pass's GC pauses
                best[name] = Math.Min(best[name], sw.Elapsed.TotalSeconds);
            }
        var rates = new Dictionary<string, double>();
        var cpuRates = new Dictionary<string, double>();
        foreach (var (name, _) in selected)
        {
            double pps = pages.Count / best[name];
            rates[name] = pps;
            cpuRates[name] = pages.Count / cpu[name];
            Console.WriteLine($"{name,-20} {pps,8:0} pages/s ({cpuRates[name],4:0} per CPU-second)  {mb / best[name],6:0.0} MB/s  {allocs[name] / pages.Count / 1024.0,8:0} KB allocated/page  GCs {gcs[name].Item1}/{gcs[name].Item2}/{gcs[name].Item3} ({pause[name].TotalMilliseconds / pages.Count:0.00} ms/page paused)  retained heap {heap[name].Item1 / 1e6:0.0} -> {heap[name].Item2 / 1e6:0.0} MB");
        }
        if (only is not null) return 0;
        Console.WriteLine($"ratio extract(text)/parse-only      {rates["extract (text)"] / rates["parse-only"]:0.00} wall, {cpuRates["extract (text)"] / cpuRates["parse-only"]:0.00} CPU time");
        Console.WriteLine($"ratio extract(text+html)/parse-only {rates["extract (text+html)"] / rates["parse-only"]:0.00} wall, {cpuRates["extract (text+html)"] / cpuRates["parse-only"]:0.00} CPU time");
        return 0;
    }
}
