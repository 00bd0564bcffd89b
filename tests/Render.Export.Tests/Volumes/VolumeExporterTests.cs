using System.Text.Json.Nodes;
using Render.Export.Rendering;
using Render.Export.Volumes;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model;
using Render.Model.Jobs;
using Render.Model.Tiles;

namespace Render.Export.Tests.Volumes;

/// <summary>
/// render's N5Client (and OME-Zarr) on a stack made in the test: three layers of 2 × 2 tiles of 200
/// pixels at 190 pixel steps from (50, 30). The volume stops one pixel inside the layer's right and
/// bottom edges (389 × 389 × 3), and the tiles have no masks: whether the renderer draws a pixel that
/// lies exactly on a tile's or a mask's edge depends on the box origin through rounding, so a volume
/// rendered in boxes and a layer rendered whole can differ on such edges (by whole tile pixels). The
/// read-back tests therefore render each layer in one box (of 7 × 7 blocks); the parts test and
/// <see cref="Export_SmallRenderBoxes_DifferFromTheWholeLayerOnlyOnTileEdges"/> use small boxes.
/// </summary>
public sealed class VolumeExporterTests : IDisposable
{
    private readonly TestStack _stack = TestStack.Create(2, 2, 200, 190, [1, 2, 3], x0: 50, y0: 30);
    private readonly LayerTiles _layers;

    public VolumeExporterTests() => _layers = new LayerTiles(_stack.Tiles);

    private static Bounds Inside => new(50, 30, 1, 439, 419, 3);

    public void Dispose() => _stack.Dispose();

    private VolumeExportOptions N5Options => new(
        Path.Combine(_stack.Folder, "out.n5"), "/render/p/s", VolumeFormat.N5, [64, 64, 2], [2, 2, 1], RenderWidth: 512, RenderHeight: 512);

    [Fact]
    public async Task Export_N5_ReadsBackThroughTheN5ReaderAsTheRenderedLayers()
    {
        var exporter = new VolumeExporter(N5Options, TestStack.Metadata(Inside), _layers);

        await exporter.ExportAsync();

        Assert.Equal([389L, 389, 3], exporter.Geometry.Levels[0]);
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        foreach (var z in new[] { 1, 2, 3 })
        {
            var expected = await RenderedLayer(z);
            var url = $"file://{exporter.Container}?dataSet=/render/p/s/s0&z={z - 1}";
            var slice = loader.Load(new ChannelSource("n5", MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)), null, null, null), 0, false)!.Image;
            var actual = slice.Gray!.Pixels.ToArray().Select(v => (byte)v).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Export_N5_AttributesAsRendersN5ClientWritesThem()
    {
        var exporter = new VolumeExporter(N5Options, TestStack.Metadata(Inside), _layers);

        await exporter.ExportAsync();

        var container = exporter.Container;
        var s0 = Attributes(container, "render/p/s/s0");
        Assert.Equal("[389,389,3]", s0["dimensions"]!.ToJsonString());
        Assert.Equal("[64,64,2]", s0["blockSize"]!.ToJsonString());
        Assert.Equal("uint8", (string?)s0["dataType"]);
        Assert.Equal("gzip", (string?)s0["compression"]!["type"]);
        var group = Attributes(container, "render/p/s");
        Assert.Equal("[\"x\",\"y\",\"z\"]", group["axes"]!.ToJsonString());
        Assert.Equal("[[1,1,1],[2,2,1],[4,4,1],[8,8,1]]", group["scales"]!.ToJsonString());
        Assert.Equal("[50,30,1]", group["translate"]!.ToJsonString());
        Assert.Equal("[4,4,35]", group["pixelResolution"]!["dimensions"]!.ToJsonString());
        Assert.Equal("s", (string?)group["renderExport"]!["stackMetadata"]!["stackId"]!["stack"]);
        Assert.True((bool)Attributes(container, "render/p")["neuroglancer_supported"]!);
        Assert.True((bool)Attributes(container, "render")["neuroglancer_supported"]!);
        Assert.Equal("[8,8,35]", Attributes(container, "render/p/s/s1")["transform"]!["scale"]!.ToJsonString());
        Assert.Equal("[2,2,0]", Attributes(container, "render/p/s/s1")["transform"]!["translate"]!.ToJsonString());
        Assert.True(File.Exists(Path.Combine(container, "render/p/s/s0/5/5/1")));
        Assert.Empty(Directory.GetFiles(container, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Export_N5_EachScaleLevelIsTheAverageOfTheOneBefore()
    {
        var exporter = new VolumeExporter(N5Options, TestStack.Metadata(Inside), _layers);

        await exporter.ExportAsync();

        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        for (var level = 1; level < exporter.Geometry.Levels.Count; level++)
        {
            var above = N5Slice(loader, exporter, level - 1, 2);
            var below = N5Slice(loader, exporter, level, 2);
            Pixels.AssertEqual(Pixels.RoundedHalfOf(above), below, $"s{level}");
        }
    }

    [Fact]
    public async Task Export_OmeZarr_ReadsBackAsTheRenderedLayersWithMultiscales()
    {
        var options = N5Options with { ContainerPath = Path.Combine(_stack.Folder, "out.zarr"), DataSet = "/", Format = VolumeFormat.OmeZarr };
        var exporter = new VolumeExporter(options, TestStack.Metadata(Inside), _layers);

        await exporter.ExportAsync();

        foreach (var z in new[] { 1, 2, 3 })
        {
            var expected = await RenderedLayer(z);
            var slice = ZarrReader.Slice(Path.Combine(exporter.Container, "0"), z - 1);
            Assert.Equal(expected, slice.Cast<byte>().ToArray());
        }

        var attributes = JsonNode.Parse(File.ReadAllText(Path.Combine(exporter.Container, ".zattrs")))!["multiscales"]![0]!;
        Assert.Equal("0.4", (string?)attributes["version"]);
        Assert.Equal("nanometer", (string?)attributes["axes"]![2]!["unit"]);
        Assert.Equal(4, attributes["datasets"]!.AsArray().Count);
        Assert.Equal("[35,8,8]", attributes["datasets"]![1]!["coordinateTransformations"]![0]!["scale"]!.ToJsonString());
        Assert.Equal("[35,122,202]", attributes["datasets"]![1]!["coordinateTransformations"]![1]!["translation"]!.ToJsonString());
        Assert.Equal("[3,194,194]", JsonNode.Parse(File.ReadAllText(Path.Combine(exporter.Container, "1", ".zarray")))!["shape"]!.ToJsonString());
    }

    [Fact]
    public async Task WriteLevel_InThreeParts_SameBlocksAsOneRun()
    {
        var options = N5Options with { RenderWidth = 128, RenderHeight = 128 };
        var whole = new VolumeExporter(options with { ContainerPath = Path.Combine(_stack.Folder, "whole.n5") }, TestStack.Metadata(Inside), _layers);
        await whole.WriteLevelAsync(0, WorkPart.All);
        var split = new VolumeExporter(options, TestStack.Metadata(Inside), _layers);

        var early = await Assert.ThrowsAsync<ExportException>(() => split.WriteLevelAsync(1, WorkPart.All));
        for (var part = 0; part < 3; part++)
        {
            await split.WriteLevelAsync(0, new WorkPart(part, 3));
        }

        Assert.Contains("level 0 of", early.Message, StringComparison.Ordinal);
        Assert.Contains("is not complete", early.Message, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(whole.Container, "render/p/s/s0"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(split.Container, Path.GetRelativePath(whole.Container, file))));
        }
    }

    [Fact]
    public async Task Export_SmallRenderBoxes_DifferFromTheWholeLayerOnlyOnTileEdges()
    {
        var exporter = new VolumeExporter(N5Options with { RenderWidth = 100, RenderHeight = 100 }, TestStack.Metadata(Inside), _layers);

        await exporter.WriteLevelAsync(0, WorkPart.All);

        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var expected = await RenderedLayer(1);
        var actual = N5Slice(loader, exporter, 0, 0).Gray!.Pixels.ToArray();
        var differing = Enumerable.Range(0, actual.Length).Where(i => actual[i] != expected[i]).ToList();
        // Tile edges in the volume: rows 190 (y 220) and columns 190 (x 240), where a later tile begins.
        Assert.All(differing, i => Assert.True(i / 389 == 190 || i % 389 == 190, $"pixel {i % 389},{i / 389} differs"));
    }

    [Fact]
    public void Constructor_StackWithoutBounds_SaysHowToGetThem()
    {
        var error = Assert.Throws<ExportException>(() => new VolumeExporter(N5Options, TestStack.Metadata(bounds: null), _layers));

        Assert.Equal("stack s has no bounds; complete it so that they are derived, or give bounds", error.Message);
    }

    [Fact]
    public void Constructor_ContainerBelowAFile_NamesTheFolder()
    {
        var file = Path.Combine(_stack.Folder, "a-file");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<ExportException>(() => new VolumeExporter(N5Options with { ContainerPath = Path.Combine(file, "out.n5") }, TestStack.Metadata(Inside), _layers));

        Assert.StartsWith($"output folder '{Path.Combine(file, "out.n5")}' is not writable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteLevel_MissingImageInOneTile_NamesItAndWritesNoBlockOfThatBox()
    {
        var broken = _stack.Tiles.Select(t => t.TileId == "z2-r1-c1" ? t with { MipmapLevels = MipmapLevelDictionary.Of(0, new("file:" + _stack.Folder + "/gone.png")) } : t);
        var layers = new LayerTiles(broken);
        var exporter = new VolumeExporter(N5Options with { RenderWidth = 128, RenderHeight = 128 }, TestStack.Metadata(Inside), layers);

        var error = await Assert.ThrowsAsync<ExportException>(() => exporter.WriteLevelAsync(0, WorkPart.All));

        Assert.Contains($"image 'file:{_stack.Folder}/gone.png' of tile 'z2-r1-c1' cannot be read: the file does not exist", error.Message, StringComparison.Ordinal);
        // Layer 2 is in z block 0; the box of blocks 4..5 x 4..5 draws the broken tile, the one of blocks 0..1 does not.
        Assert.False(File.Exists(Path.Combine(exporter.Container, "render/p/s/s0/5/5/0")));
        Assert.True(File.Exists(Path.Combine(exporter.Container, "render/p/s/s0/0/0/0")));
        Assert.True(File.Exists(Path.Combine(exporter.Container, "render/p/s/s0/5/5/1")));
        Assert.Empty(Directory.GetFiles(exporter.Container, "*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>A whole layer rendered in one box at full scale, as 8-bit grey the way N5Client converts it.</summary>
    private async Task<byte[]> RenderedLayer(double z)
    {
        var parameters = await _layers.GetBoxAsync(new BoxRequest(z, 50, 30, 389, 389, 1), CancellationToken.None);
        return new BoxRenderer(null).RenderGray(parameters);
    }

    private static Imaging.Pixels.Raster N5Slice(TileImageLoader loader, VolumeExporter exporter, int level, int z)
    {
        var url = $"file://{exporter.Container}?dataSet=/{exporter.LevelPath(level)}&z={z}";
        return loader.Load(new ChannelSource("n5", MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)), null, null, null), 0, false)!.Image;
    }

    private static JsonNode Attributes(string container, string path) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(container, path, "attributes.json")))!;
}
