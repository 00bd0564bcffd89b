using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Render.Benchmarks.Rendering;

// `checksums` prints a hash of the renderer's output per scene (a speed change must not move one);
// `stages <PerfTestBox|SyntheticTile> [runs]` times the renderer's steps one by one;
// `loop <PerfTestBox|SyntheticTile> [seconds]` runs one renderer benchmark in a plain loop for a
// profiler to attach to (dotnet-trace, perf); `matching [rows] [columns] [openCvThreads]` times
// montage point matching end to end; `matching-tiles <folder> [rows] [columns]` writes that grid's
// tiles and tile specs for bench/match_cli; anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["checksums"]:
        foreach (var line in RendererChecksums.Compute())
        {
            Console.WriteLine(line);
        }

        return;
    case ["stages", var scene, ..]:
        RendererStages.Run(scene, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        return;
    case ["matching", ..]:
        Render.Benchmarks.Matching.MontageMatchRun.Run(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0);
        return;
    case ["matching-tiles", var folder, ..]:
        Render.Benchmarks.Matching.MontageMatchRun.WriteStack(
            folder,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4);
        return;
    case ["loop", var name, ..]:
        Loop(name, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        return;
}

// Short runs by default (2 cores, shared machine); pass --job Default for a full run.
var config = args.Contains("--job") ? DefaultConfig.Instance : DefaultConfig.Instance.AddJob(Job.ShortRun);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

static void Loop(string name, double seconds)
{
    var benchmarks = new RendererBenchmarks();
    benchmarks.Setup();
    Func<int> run = name == nameof(RendererBenchmarks.PerfTestBox) ? benchmarks.PerfTestBox : benchmarks.SyntheticTile;
    using var process = Process.GetCurrentProcess();
    var clock = Stopwatch.StartNew();
    for (var runs = 1; clock.Elapsed.TotalSeconds < seconds; runs++)
    {
        var (start, cpu) = (clock.Elapsed, process.TotalProcessorTime);
        run();
        process.Refresh();
        Console.WriteLine($"{name} #{runs}: {(clock.Elapsed - start).TotalMilliseconds:F1} ms, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU");
    }
}
