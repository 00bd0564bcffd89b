using System.Diagnostics;
using System.Globalization;
using NetVips;
using Render.Export.Boxes;
using Render.Export.Files;
using Render.Export.Mipmaps;
using Render.Export.Rendering;
using Render.Export.Volumes;
using Render.Model.Jobs;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

// Usage: dotnet run -c Release --project bench/Render.Export.Bench -- [mipmaps|boxes|export|all|profile|boxprofile] [--tiles N] [--threads N] [--sources tif|png] [--em PATH]
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var tiles = Option("--tiles", 32);
var threads = Option("--threads", Environment.ProcessorCount);
var folder = Directory.CreateTempSubdirectory("render-export-bench-").FullName;
try
{
    if (scenario is "mipmaps" or "all")
    {
        await Mipmaps(tiles);
    }

    if (scenario is "profile")
    {
        Profile();
    }

    if (scenario is "boxprofile")
    {
        await BoxProfile();
    }

    if (scenario is "boxes" or "all")
    {
        await Boxes();
    }

    if (scenario is "export" or "all")
    {
        await Export(VolumeFormat.N5);
        await Export(VolumeFormat.OmeZarr);
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

async Task Mipmaps(int count)
{
    // --sources tif (or png) limits a long run to one source format.
    var only = args.SkipWhile(a => a != "--sources").Skip(1).FirstOrDefault();
    string[] formats = only is null ? ["tif", "png"] : [only];
    foreach (var format in formats)
    {
        var specs = Enumerable.Range(0, count).Select(i => Tile($"m{format}{i}", 1, 0, 0, 2048, format)).ToList();
        var root = Directory.CreateDirectory(Path.Combine(folder, "mipmaps-" + format)).FullName;
        var generator = new MipmapGenerator(new MipmapOptions(root, MaxLevel: 6, Format: ImageFileFormat.Tiff, Threads: threads));
        var watch = Stopwatch.StartNew();
        var result = await generator.GenerateAsync(specs, WorkPart.All);
        watch.Stop();
        Report($"mipmaps, {count} tiles 2048x2048 8-bit {format} sources, levels 1-6 as tif, {threads} threads",
            $"{count / watch.Elapsed.TotalSeconds:F1} tiles/s ({watch.Elapsed.TotalSeconds:F2} s, {result.FilesWritten} files)");
    }
}

// Where one tile's time goes, single-threaded and warm (one uncounted round first, so no JIT is timed):
// read, decode (raster or one-shot bytes), six 2x2 levels, encode level 1.
void Profile()
{
    var tile = Tile("profile", 1, 0, 0, 2048, "tif");
    var path = tile.MipmapLevels[0].ImageUrl![5..];
    const int Rounds = 8;
    var times = new double[6];
    for (var i = -1; i < Rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(path);
        var read = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        using (var a = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential))
        {
            _ = a.WriteToMemory<byte>();
        }

        var vips = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var raster = Render.Imaging.Codecs.Decoding.ImageDecoder.Decode(bytes);
        var decode = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        using (Render.Imaging.Codecs.Decoding.ImageDecoder.DecodeTransient(bytes))
        {
        }

        var transient = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var first = Render.Imaging.Pixels.Downsampler.Downsample(raster);
        var level = first;
        for (var l = 2; l <= 6; l++)
        {
            level = Render.Imaging.Pixels.Downsampler.Downsample(level);
        }

        var down = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        _ = ImageFileWriter.EncodeGray(first, ImageFileFormat.Tiff);
        var encode = watch.Elapsed.TotalMilliseconds;
        if (i >= 0)
        {
            double[] stage = [read, vips, decode, transient, down, encode];
            for (var s = 0; s < times.Length; s++)
            {
                times[s] += stage[s] / Rounds;
            }
        }
    }

    double allocate = 0, widen = 0;
    for (var i = 0; i < Rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        var wide = GC.AllocateUninitializedArray<ushort>(2048 * 2048);
        allocate += watch.Elapsed.TotalMilliseconds / Rounds;
        watch.Restart();
        var narrow = new byte[2048 * 2048];
        for (var p = 0; p < wide.Length; p++)
        {
            wide[p] = narrow[p];
        }

        widen += watch.Elapsed.TotalMilliseconds / Rounds;
    }

    Report("a 2048² ushort raster (ms)", FormattableString.Invariant($"allocate {allocate:F1}, first widening into it {widen:F1}"));
    Report("profile per tile (ms)", FormattableString.Invariant(
        $"read {times[0]:F1}, libvips sequential decode alone {times[1]:F1}, ImageDecoder.Decode {times[2]:F1}, DecodeTransient {times[3]:F1}, 6 levels {times[4]:F1}, encode level 1 {times[5]:F1}"));
}

// Where one level-0 box's time goes, single-threaded and warm: canvas, ARGB output, grey, PNG at
// each compression level (sizes too), JPEG, decoding a saved box. --em PATH adds the PNG sizes of a
// real electron-microscopy image's 1024² corner, since noise says nothing about compression ratios.
async Task BoxProfile()
{
    var layer = Layer(1, 4);
    var loader = new Render.Imaging.Codecs.Loading.TileImageLoader(Render.Imaging.Codecs.Loading.ImageAccessPolicy.AnyLocalFile, new Render.Imaging.Codecs.Loading.ImageCache());
    var renderer = new Render.Imaging.Rendering.CanvasRenderer(loader, 1);
    var parameters = await layer.GetBoxAsync(new BoxRequest(1, 1024, 1024, 1024, 1024, 1), CancellationToken.None);
    const int Rounds = 6;
    var names = new List<string>();
    var times = new Dictionary<string, double>();
    void Time(string name, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        if (!times.ContainsKey(name))
        {
            names.Add(name);
            times[name] = 0;
        }

        times[name] += watch.Elapsed.TotalMilliseconds;
    }

    var sizes = new Dictionary<int, long>();
    for (var i = -1; i < Rounds; i++)
    {
        if (i == 0)
        {
            times.Clear();
            names.Clear();
        }

        Render.Imaging.Rendering.Canvas? canvas = null;
        Render.Imaging.Pixels.PixelBuffer<int>? argb = null;
        byte[] gray = [];
        Time("canvas", () => canvas = renderer.Render(parameters));
        Time("argb", () => argb = Render.Imaging.Output.ArgbOutput.Create(canvas, parameters));
        Time("grey", () => gray = Render.Imaging.Output.OpaquePixels.ToGray(argb!));
        canvas!.Dispose();
        argb!.Dispose();
        using var image = Image.NewFromMemory(gray, 1024, 1024, 1, Enums.BandFormat.Uchar);
        byte[] png = [];
        foreach (var level in new[] { 6, 4, 3, 2, 1 })
        {
            Time($"png {level} paeth", () => png = image.PngsaveBuffer(compression: level, filter: Enums.ForeignPngFilter.Paeth));
            sizes[level] = png.Length;
        }

        Time("png 1 none", () => _ = image.PngsaveBuffer(compression: 1, filter: Enums.ForeignPngFilter.None));
        Time("jpeg", () => _ = image.JpegsaveBuffer(q: 85));
        Time("decode png box", () => _ = Render.Imaging.Codecs.Decoding.ImageDecoder.Decode(png));
    }

    Report("box profile per 1024² box (ms)", string.Join(", ", names.Select(n => FormattableString.Invariant($"{n} {times[n] / Rounds:F1}"))));
    Report("noise box PNG bytes by level", string.Join(", ", sizes.Select(p => $"{p.Key}: {p.Value}")));
    var em = args.SkipWhile(a => a != "--em").Skip(1).FirstOrDefault();
    if (em is not null)
    {
        using var full = Image.NewFromFile(em);
        using var corner = full.Crop(0, 0, Math.Min(1024, full.Width), Math.Min(1024, full.Height)).Cast(Enums.BandFormat.Uchar);
        var report = new List<string>();
        foreach (var level in new[] { 6, 4, 3, 2, 1 })
        {
            var watch = Stopwatch.StartNew();
            var bytes = corner.PngsaveBuffer(compression: level, filter: Enums.ForeignPngFilter.Paeth);
            report.Add(FormattableString.Invariant($"{level}: {bytes.Length} bytes {watch.Elapsed.TotalMilliseconds:F1} ms"));
        }

        Report($"EM box PNG ({Path.GetFileName(em)})", string.Join(", ", report));
    }
}

async Task Boxes()
{
    var layer = Layer(1, 4);
    var bounds = layer.StackBounds();
    // The same level-0 boxes rendered to canvases only (no ARGB output, no encoding, no files), warm cache.
    var loader = new Render.Imaging.Codecs.Loading.TileImageLoader(Render.Imaging.Codecs.Loading.ImageAccessPolicy.AnyLocalFile, new Render.Imaging.Codecs.Loading.ImageCache());
    var renderer = new Render.Imaging.Rendering.CanvasRenderer(loader, 1);
    var grid = new BoxGrid(layer.LayerBounds(1)!, 1024, 1024, 0, WorkPart.All).Boxes().ToList();
    for (var pass = 0; pass < 2; pass++)
    {
        var renderWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(grid, new ParallelOptions { MaxDegreeOfParallelism = threads }, async (box, ct) =>
        {
            var parameters = await layer.GetBoxAsync(new BoxRequest(1, box.Column * 1024, box.Row * 1024, 1024, 1024, 1), ct);
            using var canvas = renderer.Render(parameters);
        });
        renderWatch.Stop();
        Report($"canvas rendering only of the same {grid.Count} boxes, pass {pass + 1}", $"{grid.Count * 1.048576 / renderWatch.Elapsed.TotalSeconds:F1} Mpixel/s");
    }

    foreach (var format in new[] { ImageFileFormat.Png, ImageFileFormat.Jpeg })
    {
        var options = new BoxOptions(Path.Combine(folder, "boxes"), "p", "s" + format, 1024, 1024, MaxLevel: 3, Format: format, Threads: threads);
        var generator = new BoxPyramidGenerator(options, bounds, layer);
        var watch = Stopwatch.StartNew();
        var result = await generator.GenerateLayerAsync(1, layer.LayerBounds(1)!, WorkPart.All);
        watch.Stop();
        Report($"box pyramid, 4x4 tiles of 2048 (7,782 px square layer), 1024 boxes, levels 0-3, {format}, {threads} threads",
            $"{result.RenderedPixels / 1e6 / watch.Elapsed.TotalSeconds:F1} Mpixel/s of level 0 ({watch.Elapsed.TotalSeconds:F2} s, {result.BoxesWritten} boxes)");
    }
}

async Task Export(VolumeFormat format)
{
    var layer = Layer(4, 3);
    var stack = new StackMetaData(new StackId("o", "p", "s"), StackState.Complete,
        CurrentVersion: new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35), Stats: new StackStats(layer.StackBounds()));
    var options = new VolumeExportOptions(Path.Combine(folder, $"volume-{format}"), "/render/p/s", format, [128, 128, 4], [2, 2, 1], Threads: threads);
    var exporter = new VolumeExporter(options, stack, layer);
    var watch = Stopwatch.StartNew();
    var full = await exporter.WriteLevelAsync(0, WorkPart.All);
    var levelZero = watch.Elapsed.TotalSeconds;
    for (var level = 1; level < exporter.Geometry.Levels.Count; level++)
    {
        await exporter.WriteLevelAsync(level, WorkPart.All);
    }

    exporter.WriteMetadata();
    watch.Stop();
    Report($"export {format}, 4 layers of 3x3 tiles of 2048, blocks 128x128x4, factors 2,2,1, {threads} threads",
        $"{full.Voxels / 1e6 / levelZero:F1} Mpixel/s level 0; {full.Voxels / 1e6 / watch.Elapsed.TotalSeconds:F1} Mpixel/s with all {exporter.Geometry.Levels.Count} levels ({watch.Elapsed.TotalSeconds:F2} s)");
}

// A layer of n x n tiles of 2048 pixels, 5% overlap, affines of 1% scale plus a translation.
LayerTiles Layer(int layers, int n)
{
    var specs = new List<TileSpec>();
    for (var z = 1; z <= layers; z++)
    {
        for (var i = 0; i < n * n; i++)
        {
            specs.Add(Tile($"l{z}-{n}-{i}", z, (i % n) * 1946, (i / n) * 1946, 2048, "tif"));
        }
    }

    return new LayerTiles(specs);
}

TileSpec Tile(string id, double z, double x, double y, int size, string format)
{
    var path = Path.Combine(folder, "tiles", $"{id}.{format}");
    if (!File.Exists(path))
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var noise = Image.Gaussnoise(size, size, sigma: 30, mean: 128);
        using var grey = noise.Cast(Enums.BandFormat.Uchar);
        if (format == "png")
        {
            grey.Pngsave(path);
        }
        else
        {
            grey.Tiffsave(path);
        }
    }

    var affine = FormattableString.Invariant($"1.01 0 0 1.01 {x} {y}");
    return new TileSpec(
        TileId: id, Z: z, MinX: x, MinY: y, MaxX: x + (size * 1.01), MaxY: y + (size * 1.01), Width: size, Height: size,
        MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + path)),
        Transforms: new ListTransformSpec([new LeafTransformSpec("mpicbg.trakem2.transform.AffineModel2D", affine)]));
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Report(string what, string figure) => Console.WriteLine($"{what}: {figure}");
