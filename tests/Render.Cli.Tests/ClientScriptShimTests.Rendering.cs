using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Cli.Tests;

/// <summary>
/// The rendering and validating clients render-python calls through the script:
/// RenderSectionClient (<c>renderSectionClient</c>), org.janelia.alignment.Render
/// (<c>render_tilespec</c>, <c>render_renderparameters</c>), ValidateTilesClient and ImportJsonClient
/// with render's TEM validator (<c>import_jsonfiles_validate_client</c>), each with render-python's argv.
/// </summary>
public sealed partial class ClientScriptShimTests
{
    private const int TileSize = 512;

    private const string TemValidator = "org.janelia.alignment.spec.validator.TemTileSpecValidator";

    /// <summary>render-python's import_jsonfiles_validate_client validator arguments.</summary>
    private static readonly string[] ValidatorParams =
        ["--validatorClass", TemValidator, "--validatorData", "minCoordinate:-500,maxCoordinate:100000,minSize:500,maxSize:10000"];

    private string Images => Path.Combine(_dataDir, "images");

    [Fact]
    public async Task ImportJsonClient_WithRenderPythonsValidator_LeavesOutTheTileWithoutAnImage()
    {
        using var client = new RenderClient(_connection);
        var stack = new StackId(Owner, Project, "validated");
        await client.Stacks.CreateAsync(stack, new StackVersion());
        var tileFile = Path.Combine(_dataDir, "tiles.json");
        await File.WriteAllTextAsync(tileFile, SyntheticLayer.Write(Images, TileSize, count: 3, missingImage: 2).ToJsonString());

        // import_jsonfiles_validate_client: stack params, validator params, transform params (none), json files.
        var (exit, output, error) = await RunScriptAsync("org.janelia.render.client.ImportJsonClient", [.. StackParams("validated"), .. ValidatorParams, tileFile]);

        Assert.True(exit == 0, error);
        Assert.Contains($"cannot find imageUrl file '{SyntheticLayer.ImageOf(Images, 2)}'", error, StringComparison.Ordinal);
        Assert.Contains("1 invalid tiles left out", output, StringComparison.Ordinal);
        var layer = await client.Tiles.GetResolvedAsync(stack, 1);
        Assert.Equal(["t0", "t1"], layer.TileIdToSpecMap.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ValidateTilesClient_WithTheTemValidator_CountsTheInvalidTilesAndKeepsThem()
    {
        var stack = await ImportLayerAsync("unchecked", count: 3, missingImage: 1);

        var (exit, output, error) = await RunScriptAsync("org.janelia.render.client.ValidateTilesClient", [.. StackParams("unchecked"), .. ValidatorParams, "1"]);

        Assert.True(exit == 0, error);
        Assert.Contains("1 out of 3 tiles for z 1.0 are invalid", output, StringComparison.Ordinal);
        Assert.Contains("invalid tile t1: core validation failed for tileId 't1', cause: cannot find imageUrl file", error, StringComparison.Ordinal);
        using var client = new RenderClient(_connection);
        Assert.Equal(3, (await client.Tiles.GetResolvedAsync(stack, 1)).TileIdToSpecMap.Count);
    }

    [Fact]
    public async Task RenderSectionClient_RenderPythonsArguments_WritesRendersLayout()
    {
        await ImportLayerAsync("sections");
        var root = Path.Combine(_dataDir, "sections");

        // renderSectionClient: stack params, --rootDirectory, --scale, --format, --doFilter, --fillWithNoise, --convertToGray, --bounds minX,maxX,minY,maxY, zs.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.RenderSectionClient",
            [.. StackParams("sections"), "--rootDirectory", root, "--scale", "0.5", "--format", "png", "--doFilter", "false", "--fillWithNoise", "false",
             "--convertToGray", "--bounds", "256,768,0,128", "1"]);

        Assert.True(exit == 0, error);
        var file = Path.Combine(root, Project, "sections", "sections_at_0.5", "000", "0", "1.0.png");
        using var image = NetVips.Image.NewFromFile(file);
        Assert.Equal((256, 64, 1), (image.Width, image.Height, image.Bands));
        var pixels = image.WriteToMemory<byte>();

        // Output (x, y) is world (256 + 2x, 2y): inside tile 0 left of x = 512, tile 1 (90 brighter) right of it;
        // the half-scale sample blends neighbouring 2 x 2 blocks, which differ by at most 18.
        Assert.InRange(pixels[(10 * 256) + 10], SyntheticLayer.Pixel(0, 256 + 20, 20) - 12, SyntheticLayer.Pixel(0, 256 + 20, 20) + 12);
        Assert.InRange(pixels[(10 * 256) + 228], SyntheticLayer.Pixel(1, 200, 20) - 12, SyntheticLayer.Pixel(1, 200, 20) + 12);
    }

    [Fact]
    public async Task RenderSectionClient_CustomFolderPaddedTiffWithUnit_WritesACalibratedTiff()
    {
        await ImportLayerAsync("calibrated");
        var root = Path.Combine(_dataDir, "custom");

        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.RenderSectionClient",
            [.. StackParams("calibrated"), "--rootDirectory", root, "--scale", "0.25", "--format", "tif", "--customOutputFolder", "out",
             "--customSubFolder", "sub", "--padFileNamesWithZeros", "True", "--resolutionUnit", "nm", "1"]);

        Assert.True(exit == 0, error);
        using var image = NetVips.Image.NewFromFile(Path.Combine(root, "out", "sub", "00001.tif"));
        Assert.Equal((256, 128, 3), (image.Width, image.Height, image.Bands));
        Assert.Contains("unit=nm", (string)image.Get("image-description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderSectionClient_BoundsOutOfOrder_FailsWithAMessage()
    {
        await ImportLayerAsync("bad");

        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.RenderSectionClient", [.. StackParams("bad"), "--rootDirectory", _dataDir, "--bounds", "0,100,0", "1"]);

        Assert.Equal(2, exit);
        Assert.Contains("--bounds 0,100,0 is not minX,maxX,minY,maxY", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RenderTilespecArguments_WritesTheTileAsAnRgbTiff()
    {
        var tiles = SyntheticLayer.Write(Images, TileSize);
        var tileSpecFile = Path.Combine(_dataDir, "tile.json");
        await File.WriteAllTextAsync(tileSpecFile, new System.Text.Json.Nodes.JsonArray(tiles[1]!.DeepClone()).ToJsonString());
        var output = Path.Combine(_dataDir, "tile.tif");

        // materialize_tilespec_image: --tile_spec_url (a plain path), --height, --width, --out, --x, --y, --res 32.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.alignment.Render",
            ["--tile_spec_url", tileSpecFile, "--height", "512", "--width", "512", "--out", output, "--x", "512", "--y", "0", "--res", "32"]);

        Assert.True(exit == 0, error);
        using var image = NetVips.Image.NewFromFile(output);
        Assert.Equal((512, 512, 3), (image.Width, image.Height, image.Bands));
        var rgb = image.WriteToMemory<byte>();
        foreach (var (x, y) in new[] { (3, 5), (100, 200), (500, 400) })
        {
            var i = ((y * 512) + x) * 3;
            Assert.Equal(Enumerable.Repeat(SyntheticLayer.Pixel(1, x, y), 3), rgb[i..(i + 3)]);
        }
    }

    [Fact]
    public async Task Render_RenderParametersArguments_WritesTheBoxAsAPng()
    {
        var tiles = RenderJson.Parse<List<TileSpec>>(SyntheticLayer.Write(Images, TileSize).ToJsonString()).GetValueOrThrow();
        var parametersFile = Path.Combine(_dataDir, "parameters.json");
        await File.WriteAllTextAsync(parametersFile, RenderJson.Serialize(
            new Render.Model.Rendering.RenderParameters { X = 500, Y = 10, Width = 40, Height = 20, Scale = 1, TileSpecs = tiles }));
        var output = Path.Combine(_dataDir, "box.png");

        // materialize_renderparameters_image: --parameters_url (a plain path) and --out.
        var (exit, _, error) = await RunScriptAsync("org.janelia.alignment.Render", ["--parameters_url", parametersFile, "--out", output]);

        Assert.True(exit == 0, error);
        using var image = NetVips.Image.NewFromFile(output);
        Assert.Equal((40, 20), (image.Width, image.Height));
        var bands = image.Bands;
        var pixels = image.WriteToMemory<byte>();
        Assert.Equal(SyntheticLayer.Pixel(0, 502, 15), pixels[((5 * 40) + 2) * bands]);
        Assert.Equal(SyntheticLayer.Pixel(1, 20, 15), pixels[((5 * 40) + 32) * bands]);
    }

    [Fact]
    public async Task Render_MissingOut_FailsWithAMessage()
    {
        var (exit, _, error) = await RunScriptAsync("org.janelia.alignment.Render", ["--tile_spec_url", Path.Combine(_dataDir, "none.json")]);

        Assert.NotEqual(0, exit);
        Assert.Contains("render image: ", error, StringComparison.Ordinal);
    }

    /// <summary>The synthetic layer imported into stack <paramref name="name"/> (resolution 4 nm) without validation, set COMPLETE.</summary>
    private async Task<StackId> ImportLayerAsync(string name, int count = 2, int? missingImage = null)
    {
        using var client = new RenderClient(_connection);
        var stack = new StackId(Owner, Project, name);
        await client.Stacks.CreateAsync(stack, new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35));
        var json = SyntheticLayer.Write(Images, TileSize, count, missingImage).ToJsonString();
        var tiles = RenderJson.Parse<List<TileSpec>>(json).GetValueOrThrow();
        await client.Tiles.ImportAsync(stack, tiles, new Dictionary<string, Render.Model.Transforms.TransformSpec>(), new TileImportOptions { CompleteStack = true });
        return stack;
    }
}
