using System.Net;
using System.Text.Json.Nodes;
using Render.Imaging.Filters;
using Render.Imaging.Pixels;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// The image options over HTTP: filters (<c>filter</c>, <c>filterListName</c>, posted
/// <c>filterSpecs</c>, a tile's <c>filterSpec</c>), weighted <c>channels</c> of multi-channel tiles,
/// and <c>withNeighbors</c> images drawn as bounding boxes only.
/// </summary>
public abstract class ImageOptionsContract(ServerFixture server)
{
    private const int Size = 64;
    private readonly RenderApi _api = new(server.Client);

    /// <summary>A 64×64 pattern with no 0 or 255 (so the default noise filters leave it alone).</summary>
    private static byte Pattern(int x, int y) => (byte)(20 + (((x * 7) + (y * 13)) % 200));

    [Fact]
    public async Task BoxImage_FilterTrue_NormalisesLocalContrastAsTheFilterDoes()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));
        var expected = Raster.OfGray(PixelBuffer<ushort>.Allocate(Size, Size), sixteenBit: false);
        for (var i = 0; i < Size * Size; i++)
        {
            expected.Gray!.Pixels[i] = Pattern(i % Size, i / Size);
        }

        new NormalizeLocalContrast(500, 500, 3, center: true, stretch: true).Process(expected, DisplayRange.Default8Bit, 1);
        var plain = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image");
        var filtered = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?filter=true");

        // Interior pixels map exactly onto source pixels (the last row and column interpolate to 0).
        Assert.Equal(Pattern(20, 30), Red(plain, 20, 30));
        Assert.Equal(expected.Gray![20, 30], Red(filtered, 20, 30));
        Assert.Equal(expected.Gray[41, 7], Red(filtered, 41, 7));
        Assert.NotEqual(Red(plain, 41, 7), Red(filtered, 41, 7));
    }

    [Fact]
    public async Task BoxImage_FilterListNameDefault_IsRendersDefaultFilters()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));

        var byFlag = await _api.Client.GetByteArrayAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?filter=true");
        var byName = await _api.Client.GetByteArrayAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?filterListName=default");

        Assert.Equal(byFlag, byName);
    }

    [Fact]
    public async Task BoxImage_FilterListNameSimpleTest_AppliesClahe()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));

        var plain = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image");
        var equalised = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?filterListName=simpleTest");

        Assert.NotEqual(plain.Data, equalised.Data);
    }

    [Fact]
    public async Task NamedFilterSpecLists_ListsTheConfiguredLists()
    {
        var lists = (await _api.GetJsonAsync("namedFilterSpecLists"))["namedFilterSpecLists"]!.AsObject();

        Assert.Equal(["default", "simpleTest"], lists.Select(list => list.Key));
        Assert.Equal(Clahe.JavaClassName, (string)lists["simpleTest"]![0]!["className"]!);
    }

    [Fact]
    public async Task RenderParameters_FilterListName_CarriesTheList()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));

        var parameters = await _api.GetJsonAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/render-parameters?filterListName=default");

        var specs = parameters["filterSpecs"]!.AsArray();
        Assert.Equal([ValueToNoise.JavaClassName, ValueToNoise.JavaClassName, NormalizeLocalContrast.JavaClassName], specs.Select(s => (string)s!["className"]!));
        Assert.Equal("500", (string)specs[2]!["parameters"]!["blockRadiusX"]!);
    }

    [Fact]
    public async Task BoxImage_UnknownFilterListName_Is400()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));

        var (status, body) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?filterListName=sharpen"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Filter list with name 'sharpen' not found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutImage_UnknownFilterClass_Is400NamingIt()
    {
        var stack = await CreateStackAsync(SyntheticImages.Tile("pattern", Size, SyntheticImages.Png("pattern", Size, Size, Pattern)));
        var parameters = (await _api.GetJsonAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/render-parameters")).AsObject();
        parameters["filterSpecs"] = new JsonArray(new JsonObject { ["className"] = "org.janelia.alignment.filter.Sharpen", ["parameters"] = new JsonObject() });

        var (status, body) = await RenderApi.ReadAsync(_api.PutAsync("owner/anyone/png-image", parameters.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("filter class 'org.janelia.alignment.filter.Sharpen' cannot be found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileImage_TileFilterSpec_IsApplied()
    {
        var dot = SyntheticImages.Png("dot", Size, Size, (x, y) => (byte)(x == 30 && y == 30 ? 200 : 40));
        var tile = SyntheticImages.Tile("dotted", Size, dot);
        tile["filterSpec"] = new JsonObject
        {
            ["className"] = Rank.JavaClassName,
            ["parameters"] = new JsonObject { ["radius"] = "2", ["filterType"] = "2" },
        };
        var stack = await CreateStackAsync(tile);

        var pixels = await GetPixelsAsync($"{stack}/tile/dotted/png-image");

        // A radius-2 maximum spreads the dot over ImageJ's 5×5-without-corners kernel.
        Assert.Equal((200, 200, 40), (Red(pixels, 32, 31), Red(pixels, 30, 28), Red(pixels, 32, 32)));
    }

    [Fact]
    public async Task BoxImage_WeightedChannels_AreAveraged()
    {
        var stack = await CreateStackAsync(TwoChannelTile());

        var pixels = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?channels=DAPI__0.7__TdTomato__0.3");

        // (int)(100·0.7f) + 200·0.3f = 130 with coverage 254 (render's float truncation); PNG keeps the straight colour.
        Assert.Equal(254, Pixel(pixels, 10, 10, 3));
        Assert.InRange(Red(pixels, 10, 10), 129, 131);
    }

    [Theory]
    [InlineData("DAPI", 100)]
    [InlineData("TdTomato", 200)]
    public async Task BoxImage_OneChannel_IsThatChannel(string channel, int expected)
    {
        var stack = await CreateStackAsync(TwoChannelTile());

        var pixels = await GetPixelsAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?channels={channel}");

        Assert.Equal((expected, 255), (Red(pixels, 10, 10), Pixel(pixels, 10, 10, 3)));
    }

    [Fact]
    public async Task BoxImage_ChannelWeightsAboveOne_Is400()
    {
        var stack = await CreateStackAsync(TwoChannelTile());

        var (status, body) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/z/1/box/0,0,{Size},{Size},1/png-image?channels=DAPI__0.7__TdTomato__0.4"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The sum of all weights must be less than or equal to 1.0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNeighborsImage_BoundingBoxesOnly_DrawsGreenOutlinesOnBlack()
    {
        var grey = SyntheticImages.Png("grey", Size, Size, (_, _) => 150);
        var stack = await CreateStackAsync(SyntheticImages.Tile("left", Size, grey), SyntheticImages.Tile("right", Size, grey, x: 70));

        var boxes = await GetPixelsAsync($"{stack}/tile/left/withNeighbors/jpeg-image?boundingBoxesOnly=true");
        var image = await GetPixelsAsync($"{stack}/tile/left/withNeighbors/jpeg-image");

        // The box starts at −0.3·64 = −19.2, so the left tile's outline is at (int)19.2 = 19 and the right one's at 89.
        Assert.Equal((102, 102), (boxes.Width, boxes.Height));
        Assert.All(new[] { (19, 50), (50, 19), (83, 50), (89, 40) }, p => AssertGreen(boxes, p.Item1, p.Item2));
        Assert.InRange(Red(boxes, 50, 50) + Pixel(boxes, 50, 50, 1), 0, 20);
        Assert.InRange(Red(image, 50, 50), 140, 160);
    }

    private static void AssertGreen((int Width, int Height, int Bands, byte[] Data) pixels, int x, int y)
    {
        int r = Red(pixels, x, y), g = Pixel(pixels, x, y, 1), b = Pixel(pixels, x, y, 2);
        Assert.True(g > 100 && g > r + 40 && g > b + 40, $"({x}, {y}) is ({r}, {g}, {b}), not green");
    }

    private static JsonObject TwoChannelTile()
    {
        var tile = SyntheticImages.Tile("channels", Size, SyntheticImages.Png("dapi", Size, Size, (_, _) => 100));
        tile.Remove("mipmapLevels");
        tile["channels"] = new JsonArray(
            new JsonObject { ["name"] = "DAPI", ["minIntensity"] = 0.0, ["maxIntensity"] = 255.0, ["mipmapLevels"] = SyntheticImages.Levels(SyntheticImages.Png("dapi", Size, Size, (_, _) => 100)) },
            new JsonObject { ["name"] = "TdTomato", ["minIntensity"] = 0.0, ["maxIntensity"] = 255.0, ["mipmapLevels"] = SyntheticImages.Levels(SyntheticImages.Png("tomato", Size, Size, (_, _) => 200)) });
        return tile;
    }

    private static int Red((int Width, int Height, int Bands, byte[] Data) pixels, int x, int y) => Pixel(pixels, x, y, 0);

    private static int Pixel((int Width, int Height, int Bands, byte[] Data) pixels, int x, int y, int band) =>
        pixels.Data[(((y * pixels.Width) + x) * pixels.Bands) + band];

    private async Task<(int Width, int Height, int Bands, byte[] Data)> GetPixelsAsync(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return SyntheticImages.Decode(bytes);
    }

    private async Task<string> CreateStackAsync(params JsonObject[] tiles)
    {
        var stack = RenderApi.NewStackPath(prefix: "imageOptions");
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, TestTiles.Collection(tiles), deriveData: true);
        await _api.SetStateAsync(stack, "COMPLETE");
        return stack;
    }
}

public sealed class ImageOptionsSqliteTests(SqliteServerFixture server) : ImageOptionsContract(server), IClassFixture<SqliteServerFixture>;

public sealed class ImageOptionsPostgresTests(PostgresServerFixture server) : ImageOptionsContract(server), IClassFixture<PostgresServerFixture>;
