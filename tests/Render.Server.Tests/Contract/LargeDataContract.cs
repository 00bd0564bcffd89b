using System.Globalization;
using System.Net;
using System.Text;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// CATMAID's large data tile source (render-ws's largeDataTileSource): grid tiles and overviews are
/// the boxes render computes for them, materialised files are served when present, and requests
/// that make no box are refused.
/// </summary>
public abstract class LargeDataContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Theory]
    [InlineData("png", "png-image")]
    [InlineData("jpg", "jpeg-image")]
    public async Task GridTile_IsTheBoxOfItsRowAndColumnAtItsLevel(string extension, string boxFormat)
    {
        var stack = await CreateStackAsync();

        // Level 1 doubles the box: 128×96 pixels at row 1, column 1 cover x 256..512, y 192..384 at scale 0.5.
        var tile = await GetBytesAsync($"{stack}/largeDataTileSource/128/96/1/1/1/1.{extension}");
        var box = await GetBytesAsync($"{stack}/z/1/box/256,192,256,192,0.5/{boxFormat}");

        Assert.Equal((128, 96), ImageTiles.Size(tile));
        Assert.Equal(box, tile);
    }

    [Fact]
    public async Task GridTile_AMaterialisedFileIsServedAsItIs()
    {
        var stack = await CreateStackAsync();
        var root = Path.Combine(Fixtures.PathOf("render-app"), "materialized-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(root, "128x96", "1", "1", "1", "2.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        byte[] stored = [.. "not really a png"u8];
        await File.WriteAllBytesAsync(file, stored);
        try
        {
            using var content = new StringContent(root, Encoding.UTF8, "text/plain");
            using var put = await server.Client.PutAsync($"{stack}/materializedBoxRootPath", content);
            Assert.True(put.IsSuccessStatusCode, $"{(int)put.StatusCode}");

            Assert.Equal(stored, await GetBytesAsync($"{stack}/largeDataTileSource/128/96/1/1/1/2.png"));

            // The neighbour has no file: it is rendered.
            Assert.Equal((128, 96), ImageTiles.Size(await GetBytesAsync($"{stack}/largeDataTileSource/128/96/1/1/1/3.png")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Overview_IsTheLayerFromTheOriginScaledTo192PixelsOnItsLongerSide()
    {
        var stack = await CreateStackAsync();
        var bounds = (await _api.GetJsonAsync(stack))["stats"]!["stackBounds"]!;
        int maxX = (int)(double)bounds["maxX"]!, maxY = (int)(double)bounds["maxY"]!;
        var scale = 192.0 / Math.Max(maxX, maxY);

        var overview = await GetBytesAsync($"{stack}/largeDataTileSource/256/256/small/1.png");
        var box = await GetBytesAsync($"{stack}/z/1/box/0,0,{maxX},{maxY},{scale.ToString("R", CultureInfo.InvariantCulture)}/png-image");

        Assert.Equal(box, overview);
        Assert.Equal(192, Math.Max(ImageTiles.Size(overview).Width, ImageTiles.Size(overview).Height));
    }

    [Fact]
    public async Task Overview_HonoursItsSize()
    {
        var stack = await CreateStackAsync();

        var overview = await GetBytesAsync($"{stack}/largeDataTileSource/256/256/small/1.jpg?maxOverviewWidthAndHeight=64&translateOrigin=true");

        Assert.Equal(64, Math.Max(ImageTiles.Size(overview).Width, ImageTiles.Size(overview).Height));
    }

    [Theory]
    [InlineData("largeDataTileSource/128/96/31/1/0/0.png", HttpStatusCode.BadRequest)]
    [InlineData("largeDataTileSource/0/96/1/1/0/0.png", HttpStatusCode.BadRequest)]
    [InlineData("largeDataTileSource/128/96/1/1/0/0.tif", HttpStatusCode.NotFound)]
    [InlineData("largeDataTileSource/128/96/1/x/0/0.png", HttpStatusCode.NotFound)]
    public async Task GridTile_WithoutABox_IsRefused(string path, HttpStatusCode expected)
    {
        var stack = await CreateStackAsync();

        var (status, _) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/{path}"));

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task GridTile_OfAMissingStack_Is404()
    {
        var (status, _) = await RenderApi.ReadAsync(server.Client.GetAsync($"{RenderApi.NewStackPath(prefix: "absent")}/largeDataTileSource/128/96/1/1/0/0.png"));

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private async Task<string> CreateStackAsync()
    {
        var stack = RenderApi.NewStackPath(prefix: "catmaid");
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, ImageTiles.Rotated().ToJsonString(), deriveData: true);
        await _api.SetStateAsync(stack, "COMPLETE");
        return stack;
    }

    private async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }
}

public sealed class LargeDataSqliteTests(SqliteServerFixture server) : LargeDataContract(server), IClassFixture<SqliteServerFixture>;

public sealed class LargeDataPostgresTests(PostgresServerFixture server) : LargeDataContract(server), IClassFixture<PostgresServerFixture>;
