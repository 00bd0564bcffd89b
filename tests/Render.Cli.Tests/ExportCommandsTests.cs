using System.Text.Json.Nodes;
using Render.Export.Tests.Volumes;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Cli.Tests;

/// <summary>
/// <c>render mipmaps</c>, <c>render boxes</c> and <c>render export</c> against a served stack made in
/// the test: one layer (z 1) of two 64 × 64 8-bit tiles side by side, translated by whole pixels, whose
/// pixels come in uniform 2 × 2 blocks, so that every level and every rendered pixel is known exactly.
/// </summary>
public sealed class ExportCommandsTests : InProcessServiceTests
{
    private const int Size = 64;

    private string ImageFolder => Path.Combine(DataDirectory, "images");

    [Fact]
    public async Task Mipmaps_ServedStack_WritesEachLevelAsTheAverageWhereTheBuilderSaysAndSetsTheBuilder()
    {
        await CreateStackAsync("s");
        var root = Directory.CreateDirectory(Path.Combine(DataDirectory, "mipmaps")).FullName;

        var (exit, output, error) = await RunAsync("mipmaps", "--stack", "s", "--root-directory", root, "--max-level", "3", "--format", "png", "1");

        Assert.True(exit == 0, error);
        Assert.Contains("6 level files written", output, StringComparison.Ordinal);
        foreach (var tile in new[] { 0, 1 })
        {
            var source = SyntheticLayer.ImageOf(ImageFolder, tile);
            var above = SyntheticLayer.Gray(source);
            for (var level = 1; level <= 3; level++)
            {
                // render's MipmapPathBuilder: [root]/[level]/[level-0 path].[format]; mpicbg's Downsampler: the floor of each 2 x 2 mean.
                var pixels = SyntheticLayer.Gray($"{root}/{level}{source}.png");
                var width = Size >> level;
                Assert.Equal(HalfOf(above, width * 2), pixels);
                above = pixels;
            }
        }

        var builder = (await GetJsonAsync("mipmapPathBuilder"))!;
        Assert.Equal(3, (int)builder["numberOfLevels"]!);
        Assert.Equal("png", (string?)builder["extension"]);
        Assert.StartsWith(root, (string?)builder["rootPath"], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Mipmaps_ThenABoxAtATenth_TheServiceReadsLevelThreeEvenWithoutLevelZero()
    {
        // 256-pixel tiles: render samples a tile's scale every meshCellSize (64) pixels, so a 64-pixel
        // tile has one sample, no fitted scale and always level 0, in render as here.
        const int large = 256;
        await CreateStackAsync("s", large);
        var root = Directory.CreateDirectory(Path.Combine(DataDirectory, "mipmaps")).FullName;
        Assert.Equal(0, (await RunAsync("mipmaps", "--stack", "s", "--root-directory", root, "--max-level", "3", "--format", "png", "1")).Exit);

        // Level 3 overwritten with a flat grey no level of the source has: a 1/10 rendering can only show it by reading level 3.
        foreach (var tile in new[] { 0, 1 })
        {
            using var flat = NetVips.Image.NewFromMemory(Enumerable.Repeat((byte)200, large * large / 64).ToArray(), large / 8, large / 8, 1, NetVips.Enums.BandFormat.Uchar);
            flat.WriteToFile($"{root}/3{SyntheticLayer.ImageOf(ImageFolder, tile)}.png");
        }

        // Without tile 1's level-0 file: a request served by level 3 never opens level 0 (render renders it too).
        File.Delete(SyntheticLayer.ImageOf(ImageFolder, 1));

        using var http = new HttpClient { BaseAddress = ServiceAddress };
        var png = await http.GetByteArrayAsync($"render-ws/v1/owner/cliOwner/project/cliProject/stack/s/z/1/box/0,0,{2 * large},{large},0.1/png-image");
        using var image = NetVips.Image.NewFromBuffer(png);
        var pixels = image.WriteToMemory<byte>();
        Assert.Equal(200, pixels[((12 * image.Width) + 12) * image.Bands]);
        Assert.Equal(200, pixels[((12 * image.Width) + 38) * image.Bands]);
    }

    [Fact]
    public async Task Mipmaps_MissingRootDirectory_FailsWithAMessage()
    {
        await CreateStackAsync("s");
        var missing = Path.Combine(DataDirectory, "no-such-folder");

        var (exit, _, error) = await RunAsync("mipmaps", "--stack", "s", "--root-directory", missing, "1");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("render mipmaps: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Boxes_ServedStack_WritesTheLargeDataTileSourceLayoutAndPointsTheStackAtIt()
    {
        await CreateStackAsync("s");
        var root = Directory.CreateDirectory(Path.Combine(DataDirectory, "boxes")).FullName;

        var (exit, output, error) = await RunAsync(
            "boxes", "--stack", "s", "--root-directory", root, "--width", "32", "--height", "32", "--max-level", "1", "--format", "png", "1");

        Assert.True(exit == 0, error);
        Assert.Contains("z 1.0", output, StringComparison.Ordinal);
        var stackDirectory = Path.Combine(root, "cliProject", "s");

        // [root]/[project]/[stack]/[w]x[h]/[level]/[z]/[row]/[column].[format]: level 0 is 2 rows of 4 boxes.
        for (var column = 0; column < 4; column++)
        {
            var box = SyntheticLayer.Gray(Path.Combine(stackDirectory, "32x32", "0", "1", "1", $"{column}.png"));
            Assert.Equal(32 * 32, box.Length);
            Assert.Equal(SyntheticLayer.Pixel(column / 2, (column % 2 * 32) + 10, 32 + 10), box[(10 * 32) + 10]);
        }

        Assert.True(File.Exists(Path.Combine(stackDirectory, "32x32", "1", "1", "0", "1.png")));
        Assert.Equal(stackDirectory, await GetTextAsync("materializedBoxRootPath"));
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Boxes_RootIsAFile_FailsWithAMessageAndWritesNothing()
    {
        await CreateStackAsync("s");
        var file = Path.Combine(DataDirectory, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var (exit, _, error) = await RunAsync("boxes", "--stack", "s", "--root-directory", file, "--width", "32", "--height", "32", "1");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("render boxes: ", error, StringComparison.Ordinal);
        Assert.Null(await GetTextAsync("materializedBoxRootPath"));
    }

    [Fact]
    public async Task Export_N5_WritesRendersLayoutThatReadsBackAsTheLayer()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "out.n5");

        var (exit, output, error) = await RunAsync(
            "export", "--stack", "s", "--n5-path", container, "--n5-dataset", "/render/p/s", "--block-size", "32,32,1", "--factors", "2,2,1",
            "--tile-width", "48", "--tile-height", "48");

        Assert.True(exit == 0, error);
        Assert.Contains("exported", output, StringComparison.Ordinal);
        var s0 = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(container, "render/p/s/s0/attributes.json")))!;
        Assert.Equal("uint8", (string?)s0["dataType"]);
        Assert.Equal(2 * Size, (long)s0["dimensions"]![0]!);
        // One layer is a 2-D data set, as render's N5Client writes it (is2DVolume): blocks are [x]/[y].
        Assert.Equal(2, s0["dimensions"]!.AsArray().Count);
        Assert.True(File.Exists(Path.Combine(container, "render/p/s/s0/3/1")));
        Assert.True(File.Exists(Path.Combine(container, "render/p/s/s1/attributes.json")));

        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var url = $"file://{container}?dataSet=/render/p/s/s0";
        var slice = loader.Load(new ChannelSource("n5", MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)), null, null, null), 0, false)!.Image;
        Assert.Equal(2 * Size, slice.Width);
        var pixels = slice.Gray!.Pixels.ToArray();
        AssertLayerInterior(x => y => (byte)pixels[(y * slice.Width) + x]);
        Assert.Empty(Directory.GetFiles(container, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Export_OmeZarr_WritesMultiscalesThatReadBackAsTheLayer()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "out.zarr");

        var (exit, _, error) = await RunAsync(
            "export", "--stack", "s", "--format", "zarr", "--container", container, "--dataset", "/", "--block-size", "32,32,1", "--factors", "2,2,1");

        Assert.True(exit == 0, error);
        var multiscales = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(container, ".zattrs")))!["multiscales"]![0]!;
        Assert.Equal(3, multiscales["datasets"]!.AsArray().Count); // 128 x 64, 64 x 32, 32 x 16
        var slice = ZarrReader.Slice(Path.Combine(container, "0"), 0);
        AssertLayerInterior(x => y => slice[y, x]);
    }

    [Fact]
    public async Task Export_PartOfALevel_TellsWhatComesNext()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "part.n5");

        var (exit, output, error) = await RunAsync(
            "export", "--stack", "s", "--n5-path", container, "--n5-dataset", "/s", "--block-size", "32,32,1", "--factors", "2,2,1", "--part", "1/2");

        Assert.True(exit == 0, error);
        Assert.Contains("run level 1 with --level 1", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(container, "s/s1/attributes.json")) && Directory.GetFiles(Path.Combine(container, "s/s1")).Length > 1);
    }

    [Fact]
    public async Task Export_StackWithoutBounds_FailsWithAMessage()
    {
        Assert.Equal(0, (await RunAsync("stack", "create", "--stack", "empty")).Exit);

        var (exit, _, error) = await RunAsync("export", "--stack", "empty", "--n5-path", Path.Combine(DataDirectory, "e.n5"), "--n5-dataset", "/e");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("render export: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(DataDirectory, "e.n5", "e")));
    }

    [Fact]
    public async Task Export_UnknownFormat_FailsWithAMessage()
    {
        await CreateStackAsync("s");

        var (exit, _, error) = await RunAsync("export", "--stack", "s", "--format", "hdf5", "--n5-path", Path.Combine(DataDirectory, "x"), "--n5-dataset", "/x");

        Assert.Equal(1, exit);
        Assert.Contains("render export: unknown volume format 'hdf5'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ZCoords_RecordedInTheExportAndLayerWritten()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "z.n5");
        var zCoords = Path.Combine(DataDirectory, "Zcoords.txt");
        await File.WriteAllTextAsync(zCoords, "1 1.0\n");

        var (exit, _, error) = await RunAsync(
            "export", "--stack", "s", "--n5-path", container, "--n5-dataset", "/z", "--block-size", "32,32,1", "--z-coords", zCoords);

        Assert.True(exit == 0, error);
        var attributes = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(container, "z/attributes.json")))!;
        Assert.Equal(zCoords, (string?)attributes["renderExport"]!["runParameters"]!["zCoordsPath"]);
        Assert.True(File.Exists(Path.Combine(container, "z/3/1")));
    }

    [Fact]
    public async Task Export_BadZCoordsFile_FailsNamingTheLineAndWritesNothing()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "bad-z.n5");
        var zCoords = Path.Combine(DataDirectory, "Zcoords.txt");
        await File.WriteAllTextAsync(zCoords, "1 1.0\n2 one and a half\n");

        var (exit, _, error) = await RunAsync("export", "--stack", "s", "--n5-path", container, "--n5-dataset", "/z", "--z-coords", zCoords);

        Assert.Equal(1, exit);
        Assert.Contains($"render export: z coordinates file '{zCoords}' line 2: corrected z 'one and a half' is not a number", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(container));
    }

    [Fact]
    public async Task Export_Help_ListsRendersN5ClientOptions()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(["export", "--help"], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("--z-coords", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--iso-factors", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--compression", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownCompression_FailsWithAMessage()
    {
        await CreateStackAsync("s");

        var (exit, _, error) = await RunAsync("export", "--stack", "s", "--compression", "lz4", "--n5-path", Path.Combine(DataDirectory, "c.n5"), "--n5-dataset", "/c");

        Assert.Equal(1, exit);
        Assert.Contains("render export: unknown compression 'lz4' (use gzip or raw)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(DataDirectory, "c.n5")));
    }

    [Fact]
    public async Task Export_IsoFactors_WritesTheIsoDataSetNextToFullScale()
    {
        await CreateStackAsync("s");
        var container = Path.Combine(DataDirectory, "iso.n5");

        var (exit, output, error) = await RunAsync(
            "export", "--stack", "s", "--n5-path", container, "--n5-dataset", "/i", "--block-size", "32,32,1", "--factors", "2,2,1", "--iso-factors", "2,2,1");

        Assert.True(exit == 0, error);
        Assert.Contains("level 1 (i___iso/s0)", output, StringComparison.Ordinal);
        // One layer: 2-D data sets, as render's is2DVolume; the iso one is 128 x 64 halved.
        var iso = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(container, "i___iso/s0/attributes.json")))!;
        Assert.Equal("[64,32]", iso["dimensions"]!.ToJsonString());
        Assert.Equal("[2,2]", iso["downsamplingFactors"]!.ToJsonString());
        Assert.NotNull(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(container, "i___iso/attributes.json")))!["scales"]);
        Assert.True(File.Exists(Path.Combine(container, "i/s0/3/1")));
    }

    [Fact]
    public async Task Export_MalformedIsoFactors_FailsNamingTheOption()
    {
        await CreateStackAsync("s");

        var (exit, _, error) = await RunAsync("export", "--stack", "s", "--n5-path", Path.Combine(DataDirectory, "x.n5"), "--n5-dataset", "/x", "--iso-factors", "2,2");

        Assert.Equal(1, exit);
        Assert.Contains("render export: --iso-factors must be three whole numbers x,y,z, not '2,2'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(DataDirectory, "x.n5")));
    }

    private static byte[] HalfOf(byte[] above, int width)
    {
        var half = width / 2;
        var result = new byte[half * half];
        for (var y = 0; y < half; y++)
        {
            for (var x = 0; x < half; x++)
            {
                var i = (2 * y * width) + (2 * x);
                result[(y * half) + x] = (byte)((above[i] + above[i + 1] + above[i + width] + above[i + width + 1]) / 4);
            }
        }

        return result;
    }

    /// <summary>
    /// Every pixel away from the tiles' edges equals its tile's source pixel (whole-pixel translations
    /// at scale 1; render leaves a tile's last column and row undrawn).
    /// </summary>
    private static void AssertLayerInterior(Func<int, Func<int, byte>> at)
    {
        for (var y = 2; y < Size - 2; y++)
        {
            foreach (var x in Enumerable.Range(0, 2 * Size).Where(x => x % Size is >= 2 and < Size - 2))
            {
                var (expected, actual) = (SyntheticLayer.Pixel(x / Size, x % Size, y), at(x)(y));
                Assert.True(expected == actual, $"pixel {x},{y} is {actual}, expected {expected}");
            }
        }
    }

    /// <summary>Writes the two tile images and imports them into <paramref name="stack"/>, set COMPLETE.</summary>
    private async Task CreateStackAsync(string stack, int size = Size)
    {
        var tileFile = Path.Combine(DataDirectory, $"{stack}-tiles.json");
        await File.WriteAllTextAsync(tileFile, SyntheticLayer.Write(ImageFolder, size).ToJsonString());
        Assert.Equal(0, (await RunAsync("stack", "create", "--stack", stack)).Exit);
        var (exit, _, error) = await RunAsync("import", "--stack", stack, "--complete", tileFile);
        Assert.True(exit == 0, error);
    }

    private async Task<JsonNode?> GetJsonAsync(string property) => await GetTextAsync(property) is { } text ? JsonNode.Parse(text) : null;

    /// <summary>A property of stack s read straight from the service, or null when it has none.</summary>
    private async Task<string?> GetTextAsync(string property)
    {
        using var http = new HttpClient { BaseAddress = ServiceAddress };
        using var response = await http.GetAsync($"render-ws/v1/owner/cliOwner/project/cliProject/stack/s/{property}");
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && !string.IsNullOrWhiteSpace(text) ? text : null;
    }
}
