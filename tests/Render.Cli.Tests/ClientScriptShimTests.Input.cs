namespace Render.Cli.Tests;

/// <summary>org.janelia.alignment.Render's <c>--in</c> (RenderParameters.openTargetImage) through the script.</summary>
public sealed partial class ClientScriptShimTests
{
    [Fact]
    public async Task Render_InImage_DrawsOverTheInputAtItsSize()
    {
        var tiles = SyntheticLayer.Write(Images, TileSize);
        var tileSpecFile = Path.Combine(_dataDir, "tile-in.json");
        await File.WriteAllTextAsync(tileSpecFile, new System.Text.Json.Nodes.JsonArray(tiles[1]!.DeepClone()).ToJsonString());
        var input = Path.Combine(_dataDir, "background.png");
        using (var grey = NetVips.Image.NewFromMemory(Enumerable.Repeat((byte)77, 700 * 600).ToArray(), 700, 600, 1, NetVips.Enums.BandFormat.Uchar))
        {
            grey.Pngsave(input);
        }

        var output = Path.Combine(_dataDir, "drawn.png");

        // Box 256..768 x 0..512 at scale 1: tile 1 (512..1024) covers its right half.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.alignment.Render",
            ["--tile_spec_url", tileSpecFile, "--in", input, "--out", output, "--x", "256", "--y", "0", "--width", "512", "--height", "512", "--gray"]);

        Assert.True(exit == 0, error);
        using var image = NetVips.Image.NewFromFile(output);
        Assert.Equal((700, 600), (image.Width, image.Height));
        var pixels = image.ExtractBand(0).WriteToMemory<byte>();
        byte At(int x, int y) => pixels[(y * 700) + x];
        Assert.Equal(0, At(100, 100)); // inside the box without a tile: render's canvas of unmasked tiles is opaque black there
        Assert.Equal(SyntheticLayer.Pixel(1, 300 - 256, 100), At(300, 100)); // the tile, drawn over
        Assert.Equal(77, At(600, 550)); // beyond the rendered box the input shows through
        Assert.Equal(77, At(520, 100));
    }

    [Fact]
    public async Task Render_MissingInImage_FailsWithAMessage()
    {
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.alignment.Render", ["--tile_spec_url", Path.Combine(_dataDir, "none.json"), "--in", Path.Combine(_dataDir, "none.png"), "--out", Path.Combine(_dataDir, "o.png")]);

        Assert.NotEqual(0, exit);
        Assert.Contains("render image: ", error, StringComparison.Ordinal);
    }
}
