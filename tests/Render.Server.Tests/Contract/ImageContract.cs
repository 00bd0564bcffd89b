using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// The image endpoints over HTTP: tile, box, layer and posted-parameter images in every format
/// (content type, size), ETag/304, and refusals (missing images 400, forbidden locations 403,
/// absurd sizes 400) before anything is rendered.
/// </summary>
public abstract class ImageContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Theory]
    [InlineData("jpeg-image", "image/jpeg")]
    [InlineData("png-image", "image/png")]
    [InlineData("tiff-image", "image/tiff")]
    [InlineData("tiff16-image", "image/tiff")]
    public async Task TileImage_EachFormat_IsTheTileAtItsBox(string route, string contentType)
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());

        var (type, width, height, _) = await GetImageAsync($"{stack}/tile/tile_1/{route}");

        // A 200×200 tile rotated by 20°: 256.3 wide, so render's (sloppy) box is 257 pixels.
        Assert.Equal(contentType, type);
        Assert.Equal((257, 257), (width, height));
    }

    [Fact]
    public async Task TileImage_NormalizedForMatching_DropsThePlacement()
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());

        var (_, width, height, _) = await GetImageAsync($"{stack}/tile/tile_1/png-image?normalizeForMatching=true");

        Assert.Equal((200, 200), (width, height));
    }

    [Fact]
    public async Task TileImage_CompositeLoader_IsTheChannelsInRedGreenAndBlue()
    {
        var stack = await CreateStackAsync(ImageTiles.Composite());

        var (_, width, height, bytes) = await GetImageAsync($"{stack}/tile/tile_1/png-image");

        Assert.Equal((846, 842), (width, height));
        using var png = NetVips.Image.NewFromBuffer(bytes);
        var tiff = Fixtures.PathOf("render-app/composite-test/49768_112_reduced.tif");
        foreach (var (x, y) in new[] { (100, 100), (423, 421), (700, 300) })
        {
            var channels = Enumerable.Range(0, 3).Select(page =>
            {
                using var plane = NetVips.Image.NewFromFile(tiff, kwargs: new NetVips.VOption { { "page", page } });
                return plane.Getpoint(x, y)[0];
            });
            Assert.Equal(channels, png.Getpoint(x, y).Take(3));
        }
    }

    [Theory]
    [InlineData("jpeg-image", "image/jpeg", 0)]
    [InlineData("png-image", "image/png", 0)]
    [InlineData("tiff-image", "image/tiff", 0)]
    [InlineData("tiff16-image", "image/tiff", 0)]
    [InlineData("png16-image", "image/png", 0)]
    [InlineData("raw-image", "application/octet-stream", 4)]
    [InlineData("raw16-image", "application/octet-stream", 2)]
    public async Task BoxImage_EachFormat_HasTheScaledSize(string route, string contentType, int rawBytesPerPixel)
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());

        using var response = await server.Client.GetAsync($"{stack}/z/1/box/0,0,400,300,0.5/{route}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        if (rawBytesPerPixel > 0)
        {
            Assert.Equal(200 * 150 * rawBytesPerPixel, bytes.Length);
        }
        else
        {
            Assert.Equal((200, 150), ImageTiles.Size(bytes));
        }
    }

    [Fact]
    public async Task BoxImage_16BitTiles_KeepsTheRawValues()
    {
        var stack = await CreateStackAsync(ImageTiles.SixteenBit());

        var raw = await _api.Client.GetByteArrayAsync($"{stack}/z/1/box/0,0,700,400,0.5/raw16-image");

        // expected_stitched_16_bit.png at (10, 10) and (300, 100).
        Assert.Equal(2040, (raw[2 * ((10 * 350) + 10)] << 8) | raw[(2 * ((10 * 350) + 10)) + 1]);
        Assert.Equal(2550, (raw[2 * ((100 * 350) + 300)] << 8) | raw[(2 * ((100 * 350) + 300)) + 1]);
    }

    [Theory]
    [InlineData("jpeg-image", "image/jpeg")]
    [InlineData("png-image", "image/png")]
    [InlineData("tiff-image", "image/tiff")]
    public async Task SectionImage_AtAScale_CoversTheLayer(string route, string contentType)
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());
        var bounds = await _api.GetJsonAsync($"{stack}/z/1/bounds");
        var expectedWidth = (int)(0.5 * (int)((double)bounds["maxX"]! - (double)bounds["minX"]!));

        var (type, width, _, _) = await GetImageAsync($"{stack}/z/1/{route}?scale=0.5");

        Assert.Equal(contentType, type);
        Assert.Equal(expectedWidth, width);
    }

    [Fact]
    public async Task PutImage_RenderParametersBody_RendersThem()
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());
        var parameters = await _api.GetJsonAsync($"{stack}/z/1/box/0,0,400,300,0.25/render-parameters");

        using var response = await _api.PutAsync("owner/anyone/png-image", parameters.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((100, 75), ImageTiles.Size(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task BoxImage_RepeatedWithTheETag_Gives304()
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());
        using var first = await server.Client.GetAsync($"{stack}/z/1/box/0,0,400,300,0.5/png-image");
        Assert.NotNull(first.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{stack}/z/1/box/0,0,400,300,0.5/png-image");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task BoxImage_MissingImageFile_Is400()
    {
        var stack = await CreateStackAsync(ImageTiles.WithImage(Fixtures.PathOf("render-app/stitch-test/no-such-image.png")));

        var (status, body) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/z/1/box/0,0,200,200,1/png-image"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("does not exist", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:/etc/hostname")]
    [InlineData("http://example.org/tile.png")]
    public async Task BoxImage_ImageOutsideTheRoots_Is403(string imageUrl)
    {
        var stack = await CreateStackAsync(ImageTiles.WithImage(imageUrl));

        var (status, body) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/z/1/box/0,0,200,200,1/png-image"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("not allowed", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,0,1000000,1000000,1")]
    [InlineData("0,0,100,100,0")]
    [InlineData("0,0,100,100,NaN")]
    [InlineData("0,0,-5,100,1")]
    public async Task BoxImage_AbsurdSize_Is400(string box)
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());

        var (status, _) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/z/1/box/{box}/png-image"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task BoxImage_MoreTilesThanAllowed_DrawsOutlinesOnly()
    {
        var stack = await CreateStackAsync(ImageTiles.WithImage(Fixtures.PathOf("render-app/stitch-test/no-such-image.png")));

        var (type, width, _, _) = await GetImageAsync($"{stack}/z/1/box/0,0,200,200,1/png-image?maxTileSpecsToRender=0");

        Assert.Equal(("image/png", 200), (type, width));
    }

    [Fact]
    public async Task TileImage_UnknownFormat_Is404()
    {
        var stack = await CreateStackAsync(ImageTiles.Rotated());

        var (status, _) = await RenderApi.ReadAsync(server.Client.GetAsync($"{stack}/tile/tile_1/raw16-image"));

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private async Task<string> CreateStackAsync(JsonObject resolvedTiles)
    {
        var stack = RenderApi.NewStackPath(prefix: "images");
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, resolvedTiles.ToJsonString(), deriveData: true);
        await _api.SetStateAsync(stack, "COMPLETE");
        return stack;
    }

    private async Task<(string? ContentType, int Width, int Height, byte[] Bytes)> GetImageAsync(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        var (width, height) = ImageTiles.Size(bytes);
        return (response.Content.Headers.ContentType?.MediaType, width, height, bytes);
    }
}

public sealed class ImageSqliteTests(SqliteServerFixture server) : ImageContract(server), IClassFixture<SqliteServerFixture>;

public sealed class ImagePostgresTests(PostgresServerFixture server) : ImageContract(server), IClassFixture<PostgresServerFixture>;
