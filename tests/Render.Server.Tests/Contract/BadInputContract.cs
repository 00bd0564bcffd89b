using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// Bad requests: malformed bodies, invalid names, unparsable path values and imports render refuses.
/// Every refusal answers a text/plain message without a stack trace, and a refused import writes
/// nothing of its batch.
/// </summary>
public abstract class BadInputContract(ServerFixture server)
{
    private const string NameRule =
        "specified, names may only contain alphanumeric or underscore '_' characters and may not contain consecutive underscores '_'";

    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task PostStack_MalformedJson_Gives400AndCreatesNothing()
    {
        var stack = RenderApi.NewStackPath();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PostAsync(stack, """{"versionNotes":"""));

        Assert.False(string.IsNullOrWhiteSpace(body));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(stack));
    }

    [Fact]
    public async Task PostStack_MalformedJsonOnExistingStack_KeepsTheVersion()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack, """{"versionNotes":"kept"}""");

        await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PostAsync(stack, """{"stackResolutionX":"not a number"}"""));

        var meta = await _api.GetJsonAsync(stack);
        Assert.Equal(0, (int)meta["currentVersionNumber"]!);
        Assert.Equal("kept", (string)meta["currentVersion"]!["versionNotes"]!);
    }

    [Theory]
    [InlineData("""{"tileIdToSpecMap":{""")]
    [InlineData("""{"transformIdToSpecMap":{},"tileIdToSpecMap":{"new":{"tileId":"new","z":"abc"}}}""")]
    [InlineData("not json at all")]
    public async Task Import_MalformedJson_Gives400AndKeepsTheOldTiles(string payload)
    {
        var stack = await CreateLoadingStackWithTileAsync("old");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles", payload));

        Assert.False(string.IsNullOrWhiteSpace(body));
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(["old"], JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task Import_UnknownTransformType_Gives400()
    {
        var stack = await CreateLoadingStackWithTileAsync("old");
        var tile = TestTiles.Tile("new", 1);
        tile["transforms"]!["specList"]!.AsArray().Add(new JsonObject { ["type"] = "bogus" });

        await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([tile])));

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/new"));
    }

    [Theory]
    [InlineData("owner/bad-name/project/p/stack/s", "owner", "bad-name")]
    [InlineData("owner/o/project/a__b/stack/s", "project", "a__b")]
    [InlineData("owner/o/project/p/stack/_s", "stack", "_s")]
    [InlineData("owner/o/project/p/stack/s_", "stack", "s_")]
    [InlineData("owner/o/project/p/stack/s.1", "stack", "s.1")]
    public async Task InvalidName_AnyStackPath_Gives400WithRenderMessage(string stack, string part, string value)
    {
        var get = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync(stack));
        var post = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PostAsync(stack, "{}"));
        var zValues = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/zValues"));

        var expected = $"invalid {part} '{value}' {NameRule}";
        Assert.Equal(expected, get);
        Assert.Equal(expected, post);
        Assert.Equal(expected, zValues);
    }

    [Fact]
    public async Task NameLength_CollectionNameOver111Characters_Gives400()
    {
        var project = "p" + Guid.NewGuid().ToString("N")[..8];

        // owner__project__stack__transform may have at most 111 characters.
        var longest = new string('s', 111 - "o__".Length - project.Length - "__".Length - "__transform".Length);
        var tooLong = longest + "s";

        await _api.CreateStackAsync($"owner/o/project/{project}/stack/{longest}");
        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PostAsync($"owner/o/project/{project}/stack/{tooLong}", "{}"));

        Assert.StartsWith($"render collection name 'o__{project}__{tooLong}__transform' must be less than 111 characters", body, StringComparison.Ordinal);
        var stackIds = await _api.GetJsonAsync($"owner/o/project/{project}/stackIds");
        Assert.Equal([longest], stackIds.AsArray().Select(id => (string)id!["stack"]!));
    }

    [Fact]
    public async Task Import_RefMissingFromPayload_Gives400AndWritesNothingOfTheBatch()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var payload = TestTiles.Collection(
            [TestTiles.Tile("good", 1, refId: "shared"), TestTiles.Tile("needsRef", 1, refId: "missing")],
            [TestTiles.SharedTransform("shared")]);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles", payload));

        Assert.Equal("tile needsRef requires the following transform ids [missing]", body);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/good"));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/transform/shared"));
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Import_RefOnlyInTheStoredTransforms_Gives400()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, TestTiles.Collection([TestTiles.Tile("first", 1, refId: "shared")], [TestTiles.SharedTransform("shared")]), deriveData: false);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([TestTiles.Tile("second", 1, refId: "shared")])));

        Assert.Equal("tile second requires the following transform ids [shared]", body);
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(["first"], JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task Import_DeriveDataWithoutWidthAndHeight_Gives400AndWritesNothing()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var sizeless = TestTiles.Tile("sizeless", 1, withBox: false);
        sizeless.Remove("width");
        sizeless.Remove("height");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync(
            $"{stack}/resolvedTiles?deriveData=true", TestTiles.Collection([TestTiles.Tile("good", 1, withBox: false), sizeless])));

        Assert.StartsWith("width and height must be set to create a bounding box", body, StringComparison.Ordinal);
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Import_DeriveDataWithUnknownTransformClass_Gives400AndWritesNothing()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var unknown = TestTiles.Tile("unknown", 1, withBox: false);
        unknown["transforms"]!["specList"]![0]!["className"] = "no.such.TransformClass";

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync(
            $"{stack}/resolvedTiles?deriveData=true", TestTiles.Collection([TestTiles.Tile("good", 1, withBox: false), unknown])));

        Assert.Contains("transform class 'no.such.TransformClass' cannot be found", body, StringComparison.Ordinal);
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task UnknownTransformClass_StoredWithoutDeriveData_GivesCoordinate400()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var unknown = TestTiles.Tile("unknown", 1);
        unknown["transforms"]!["specList"]![0]!["className"] = "no.such.TransformClass";
        await _api.ImportAsync(stack, TestTiles.Collection([unknown]), deriveData: false);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/tile/unknown/local-to-world-coordinates/1,1"));

        Assert.Contains("transform class 'no.such.TransformClass' cannot be found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TileWithoutBoxWithoutDeriveData_Gives400AndWritesNothing()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync(
            $"{stack}/resolvedTiles?deriveData=false", TestTiles.Collection([TestTiles.Tile("good", 1), TestTiles.Tile("nobox", 1, withBox: false)])));

        Assert.Equal("tile with id 'nobox' is missing bounding box attributes (minX, minY, maxX, and/or maxY)", body);
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Import_EmptyTileMap_Gives400()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/resolvedTiles", """{"transformIdToSpecMap":{},"tileIdToSpecMap":{}}"""));

        Assert.Equal("collection does not have any tiles (maybe they were removed by a prior validation process)", body);
    }

    [Fact]
    public async Task Import_NoBody_Gives400()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles"));

        Assert.Equal("no resolved tiles provided", body);
    }

    [Fact]
    public async Task Import_CompleteStack_Gives400AndWritesNothing()
    {
        var stack = await CreateLoadingStackWithTileAsync("old");
        await _api.SetStateAsync(stack, "COMPLETE");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([TestTiles.Tile("new", 1)])));

        Assert.Equal("Resolved tiles can only be saved to stacks in the LOADING state, but this stack's state is COMPLETE.", body);
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(["old"], JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task Import_MissingStack_Gives404()
    {
        var stack = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([TestTiles.Tile("new", 1)])));

        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task LayerImport_TileWithOtherZ_Gives400AndWritesNothing()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync(
            $"{stack}/z/2/resolvedTiles", TestTiles.Collection([TestTiles.Tile("right", 2), TestTiles.Tile("wrong", 1)])));

        Assert.Equal("all tiles must have a z value of 2.0 but tile with id 'wrong' has a z value of 1.0", body);
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Theory]
    [InlineData("z/abc/bounds")]
    [InlineData("z/abc/tileBounds")]
    [InlineData("z/1e/tile-specs")]
    [InlineData("z/1/box/a,0,10,10,1.0/render-parameters")]
    [InlineData("z/1/box/0,0,10.0,10,1.0/render-parameters")]
    [InlineData("z/1/box/0,0,10,10,x/render-parameters")]
    [InlineData("z/1/world-to-local-coordinates/x,1")]
    [InlineData("zValues?minZ=abc")]
    [InlineData("tileIds?maxZ=abc")]
    public async Task PathOrQueryNumber_NotParsable_Gives404(string path)
    {
        var stack = await CreateLoadingStackWithTileAsync("old");

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/{path}"));
    }

    [Theory]
    [InlineData("GET", "bounds", null)]
    [InlineData("GET", "tile/none", null)]
    [InlineData("PUT", "state/BOGUS", null)]
    [InlineData("PUT", "state/OFFLINE", null)]
    [InlineData("POST", "", """{"x":""")]
    [InlineData("PUT", "resolvedTiles", """{"tileIdToSpecMap":[""")]
    [InlineData("PUT", "resolvedTiles?deriveData=true", """{"tileIdToSpecMap":{"a":{"tileId":"a","z":1}}}""")]
    [InlineData("PUT", "mipmapPathBuilder", "{}")]
    [InlineData("GET", "z/1/world-to-local-coordinates/-50,-50", null)]
    public async Task ErrorBody_IsPlainTextWithoutStackTrace(string method, string path, string? body)
    {
        var stack = await CreateLoadingStackWithTileAsync("old");
        var uri = path.Length == 0 ? stack : $"{stack}/{path}";
        var request = method switch
        {
            "GET" => _api.GetAsync(uri),
            "POST" => _api.PostAsync(uri, body!),
            _ => _api.PutAsync(uri, body),
        };

        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private async Task<string> CreateLoadingStackWithTileAsync(string tileId)
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, TestTiles.Collection([TestTiles.Tile(tileId, 1)]), deriveData: false);
        return stack;
    }
}

public sealed class BadInputSqliteTests(SqliteServerFixture server) : BadInputContract(server), IClassFixture<SqliteServerFixture>;
public sealed class BadInputPostgresTests(PostgresServerFixture server) : BadInputContract(server), IClassFixture<PostgresServerFixture>;
