using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CleanFeed.Core.Extraction;

namespace CleanFeed.Cli.Commands;

/// <summary><c>cleanfeed clean PATH... [--out DIR] [--format text|html|json] [--url URL] [--explain]</c>: clean pages or text files without storage.</summary>
public static class CleanCommand
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz", ".gz"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or directories (.html, .htm, .txt, optionally .gz).", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out") { Description = "Write NAME.txt / NAME.html / NAME.json into this directory instead of printing (files found in a directory's subfolders keep their subfolder)." };
        var format = new Option<string>("--format") { Description = "Output: text, html or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html", "json");
        var url = new Option<string?>("--url") { Description = "The page's URL, to make links absolute (one file only)." };
        var explain = new Option<bool>("--explain") { Description = "List each removed block with its reason and size (on stderr)." };
        var parallel = new Option<int>("--parallel") { Description = "Files cleaned at once.", DefaultValueFactory = _ => Math.Min(2, Environment.ProcessorCount) };

        var cmd = new Command("clean", "Clean pages or text files without storage: main content, metadata, boilerplate removed.")
        {
            paths, outDir, format, url, explain, parallel,
        };
        cmd.SetAction(async (parseResult, ct) =>
        {
            var found = Expand(parseResult.GetValue(paths) ?? []).ToList();
            if (found.Count == 0) { Console.Error.WriteLine("clean: no input files found."); return 2; }
            var dir = parseResult.GetValue(outDir);
            var fmt = parseResult.GetValue(format) ?? "text";
            // Two inputs that would write the same output file (a.html beside a.txt, or two a.html given from different
            // folders): the first page keeps the name and the other is not cleaned, with a warning, rather than overwrite it
            // (a page before a text file: a folder of pages may hold each page's text beside it).
            var outputOf = new Dictionary<string, string>(StringComparer.Ordinal);
            if (dir is not null)
            {
                var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var f in found.OrderBy(f => IsTextFile(f.Path) ? 1 : 0))
                {
                    var name = f.Output + Extension(fmt);
                    if (taken.TryGetValue(name, out var first)) { Console.Error.WriteLine($"clean: {f.Path}: skipped, its output {name} is {first}'s"); continue; }
                    taken[name] = f.Path;
                    outputOf[f.Path] = name;
                }
            }
            var inputs = found.Select(f => f.Path).Where(p => dir is null || outputOf.ContainsKey(p)).ToList();
            var baseUrl = parseResult.GetValue(url) is { } u && Uri.TryCreate(u, UriKind.Absolute, out var bu) ? bu : null;
            bool doExplain = parseResult.GetValue(explain);
            if (dir is not null) Directory.CreateDirectory(dir);

            var extractor = new ContentExtractor(new ContentExtractorOptions { ProduceHtml = fmt != "text", RecordRemoved = doExplain || fmt == "json" });
            int failed = 0;
            var consoleLock = new object();
            await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parseResult.GetValue(parallel)), CancellationToken = ct }, async (path, token) =>
            {
                try
                {
                    var result = CleanFile(extractor, path, baseUrl, token);
                    var output = Format(result, fmt);
                    if (dir is not null)
                    {
                        var target = Path.Combine(dir, outputOf[path]);
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        await File.WriteAllTextAsync(target, output, new UTF8Encoding(false), token);
                    }
                    lock (consoleLock)
                    {
                        if (dir is null)
                        {
                            if (inputs.Count > 1) Console.Out.WriteLine($"==> {path} <==");
                            Console.Out.WriteLine(output);
                        }
                        if (doExplain) Explain(path, result);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    Interlocked.Increment(ref failed);
                    lock (consoleLock) Console.Error.WriteLine($"clean: {path}: {ex.Message}");
                }
            });
            return failed == 0 ? 0 : 1;
        });
        return cmd;
    }

    /// <summary>Reads a page or text file (gzip allowed), decodes it as a browser would, and extracts.</summary>
    public static ExtractionResult CleanFile(IContentExtractor extractor, string path, Uri? baseUrl, CancellationToken ct)
    {
        var bytes = HtmlDecoding.Decompress(File.ReadAllBytes(path));
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        bool isText = name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var content = HtmlDecoding.Decode(bytes, isText ? "utf-8" : null);
        var input = isText ? new ExtractionInput { Text = content, BaseUrl = baseUrl } : new ExtractionInput { Html = content, BaseUrl = baseUrl };
        return extractor.Extract(input, ct);
    }

    /// <summary>The files to clean, each with its output name without extension: NAME, or SUBFOLDER/NAME for a file found in a
    /// subfolder of a directory argument (so that two pages of the same name in different folders do not overwrite each other).</summary>
    private static bool IsTextFile(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase);

    internal static IEnumerable<(string Path, string Output)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (PageExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    {
                        var folder = Path.GetDirectoryName(Path.GetRelativePath(p, f));
                        yield return (f, string.IsNullOrEmpty(folder) ? Stem(f) : Path.Combine(folder, Stem(f)));
                    }
            }
            else if (File.Exists(p)) yield return (p, Stem(p));
            else Console.Error.WriteLine($"clean: {p}: no such file or directory");
        }
    }

    /// <summary>NAME.html.gz → NAME (as score.py does).</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in new[] { ".gz", ".html", ".htm", ".txt" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        return name;
    }

    private static string Extension(string fmt) => fmt switch { "html" => ".html", "json" => ".json", _ => ".txt" };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Format(ExtractionResult r, string fmt) => fmt switch
    {
        "html" => r.Html,
        "json" => JsonSerializer.Serialize(r, Json),
        _ => r.Text,
    };

    private static void Explain(string path, ExtractionResult r)
    {
        var e = Console.Error;
        e.WriteLine($"--- {path}: kept {r.Text.Length} chars; removed {r.Removed.Count} blocks ({r.Removed.Sum(b => b.Chars)} chars)");
        foreach (var b in r.Removed)
            e.WriteLine($"  - {b.Kind,-13} {b.Chars,6}  {b.Reason}{(b.Preview is null ? "" : "  \"" + b.Preview.Replace('\n', ' ') + "\"")}");
    }
}
