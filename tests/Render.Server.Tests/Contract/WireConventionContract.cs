using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// render-ws's wire conventions (spec §0): optional trailing slashes, Java number and boolean
/// parsing, repeated query parameters, 201 + Location for creates, 204 for null results, content
/// types, and the OpenAPI document.
/// </summary>
public abstract class WireConventionContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task TrailingSlash_Owners_IsAccepted()
    {
        var stack = RenderApi.NewStackPath(owner: "owner" + Guid.NewGuid().ToString("N"));
        await _api.CreateStackAsync(stack);

        var owners = await _api.GetJsonAsync("owners/");

        Assert.Contains(stack.Split('/')[1], JsonRead.Strings(owners));
    }

    [Fact]
    public async Task TrailingSlash_ZValuesAndTile_AnswerLikeWithoutSlash()
    {
        var stack = await CreateStackWithTilesAsync();

        var zValues = await _api.GetJsonAsync($"{stack}/zValues/");
        var tile = await _api.GetJsonAsync($"{stack}/tile/t1/");
        var stacks = await _api.GetJsonAsync($"owner/{stack.Split('/')[1]}/stacks/");

        Assert.Equal([1.0, 2.0], JsonRead.Doubles(zValues));
        Assert.Equal("t1", (string)tile["tileId"]!);
        Assert.Equal((await _api.GetJsonAsync($"{stack}/tile/t1")).ToJsonString(), tile.ToJsonString());
        Assert.NotEmpty(stacks.AsArray());
    }

    [Theory]
    [InlineData("1.000000")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("1.0d")]
    public async Task PathDouble_JavaStyleSpellings_ParseAsTheSameZ(string z)
    {
        var stack = await CreateStackWithTilesAsync();

        var tileBounds = await _api.GetJsonAsync($"{stack}/z/{z}/tileBounds");

        Assert.Equal(["t1", "t2"], JsonRead.TileIds(tileBounds).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PathDouble_ElasticLayerWithSixDecimals_FindsTheLayer()
    {
        var stack = await _api.CreateElasticStackAsync();

        var tiles = await _api.GetJsonAsync($"{stack}/z/3903.000000/tile-specs");
        var box = await _api.GetJsonAsync($"{stack}/z/3903.000000/box/1000,3000,5000,2000,1.000000/render-parameters");

        Assert.Equal(12, tiles.AsArray().Count);
        Assert.Equal(6, box["tileSpecs"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("True")]
    [InlineData("TRUE")]
    [InlineData("true")]
    public async Task BooleanQuery_CaseInsensitiveTrue_DerivesData(string value)
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        await RenderApi.ExpectAsync(HttpStatusCode.Created, _api.PutAsync(
            $"{stack}/resolvedTiles?deriveData={value}", TestTiles.Collection([TestTiles.Tile("t1", 1, 10, 20, withBox: false)])));

        var tile = await _api.GetJsonAsync($"{stack}/tile/t1");
        Assert.Equal([10, 20, 110, 120], JsonRead.Numbers(tile, "minX", "minY", "maxX", "maxY"));
    }

    [Theory]
    [InlineData("False")]
    [InlineData("yes")]
    [InlineData("1")]
    public async Task BooleanQuery_AnythingButTrue_IsFalse(string value)
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync(
            $"{stack}/resolvedTiles?deriveData={value}", TestTiles.Collection([TestTiles.Tile("t1", 1, withBox: false)])));

        Assert.StartsWith("tile with id 't1' is missing bounding box attributes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedQuery_CloneZ_CopiesEveryListedLayer()
    {
        var source = await CreateStackWithTilesAsync(layers: 3);
        var target = $"{source}copy";

        await RenderApi.ExpectAsync(HttpStatusCode.Created,
            _api.PutAsync($"{source}/cloneTo/{source.Split('/')[^1]}copy?z=1&z=3.0", "{}"));

        var zValues = await _api.GetJsonAsync($"{target}/zValues");
        Assert.Equal([1.0, 3.0], JsonRead.Doubles(zValues));
    }

    [Fact]
    public async Task Created_PostStack_Answers201WithLocationAndNoBody()
    {
        var stack = RenderApi.NewStackPath();

        using var response = await _api.PostAsync(stack, "{}");

        await AssertCreatedAsync(response, stack);
    }

    [Fact]
    public async Task Created_SetState_Answers201WithLocation()
    {
        var stack = await CreateStackWithTilesAsync();

        using var response = await _api.PutAsync($"{stack}/state/COMPLETE");

        await AssertCreatedAsync(response, $"{stack}/state/COMPLETE");
    }

    [Fact]
    public async Task Created_ImportResolvedTiles_Answers201WithLocation()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        using var response = await _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([TestTiles.Tile("t1", 1)]));

        await AssertCreatedAsync(response, $"{stack}/resolvedTiles");
    }

    [Fact]
    public async Task Created_LayerImportResolvedTiles_Answers201WithLocation()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        using var response = await _api.PutAsync($"{stack}/z/1/resolvedTiles", TestTiles.Collection([TestTiles.Tile("t1", 1)]));

        await AssertCreatedAsync(response, $"{stack}/z/1/resolvedTiles");
    }

    [Fact]
    public async Task Created_Clone_Answers201WithLocation()
    {
        var stack = await CreateStackWithTilesAsync();

        using var response = await _api.PutAsync($"{stack}/cloneTo/{stack.Split('/')[^1]}copy", "{}");

        await AssertCreatedAsync(response, $"{stack}/cloneTo/{stack.Split('/')[^1]}copy");
    }

    [Fact]
    public async Task Done_BodylessMutation_Answers200WithEmptyBody()
    {
        var stack = await CreateStackWithTilesAsync();

        using var response = await _api.DeleteAsync($"{stack}/z/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task NoContent_UnsetMipmapPathBuilder_Answers204WithoutBody()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        using var response = await _api.GetAsync($"{stack}/mipmapPathBuilder");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/zValues")]
    [InlineData("/tileIds")]
    [InlineData("/tile/t1")]
    [InlineData("/z/1/tileBounds")]
    [InlineData("/resolutionValues")]
    public async Task ContentType_JsonResults_AreApplicationJson(string path)
    {
        var stack = await CreateStackWithTilesAsync();

        using var response = await _api.GetAsync(stack + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ContentType_Errors_AreTextPlain()
    {
        var stack = RenderApi.NewStackPath();

        using var response = await _api.GetAsync(stack);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("does not exist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentType_LikelyUniqueId_IsTextPlain()
    {
        using var response = await _api.GetAsync("likelyUniqueId");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheResolvedTilesPath()
    {
        var openApi = new Uri(server.ApiBase, "../openapi/v1.json");

        using var response = await _api.Client.GetAsync(openApi);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/render-ws/openapi/v1.json", openApi.AbsolutePath);
        var paths = document["paths"]!.AsObject().Select(path => path.Key).ToList();
        Assert.Contains("/render-ws/v1/owner/{owner}/project/{project}/stack/{stack}/resolvedTiles", paths);
        Assert.Contains(paths, path => path.EndsWith("/world-to-local-coordinates/{x},{y}", StringComparison.Ordinal));
    }

    /// <summary>The 201, the empty body and a Location naming the request URI (render's Response.created(requestUri)).</summary>
    private async Task AssertCreatedAsync(HttpResponseMessage response, string requestPath)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location;
        Assert.NotNull(location);
        Assert.True(location.IsAbsoluteUri, location.ToString());
        Assert.Equal(new Uri(server.ApiBase, requestPath).AbsolutePath, location.AbsolutePath);
    }

    /// <summary>A LOADING stack with tiles t1 and t2 on z 1, t3 on z 2, ... (one more tile per further layer).</summary>
    private async Task<string> CreateStackWithTilesAsync(int layers = 2)
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var tiles = new List<JsonObject> { TestTiles.Tile("t1", 1, 0), TestTiles.Tile("t2", 1, 100) };
        for (var z = 2; z <= layers; z++)
        {
            tiles.Add(TestTiles.Tile($"t{z + 1}", z, 100 * z));
        }

        await _api.ImportAsync(stack, TestTiles.Collection(tiles), deriveData: false);
        return stack;
    }
}

public sealed class WireConventionSqliteTests(SqliteServerFixture server) : WireConventionContract(server), IClassFixture<SqliteServerFixture>;
public sealed class WireConventionPostgresTests(PostgresServerFixture server) : WireConventionContract(server), IClassFixture<PostgresServerFixture>;
