using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// render's elastic-3903 stack (14 tiles, 3 shared transforms, imported without deriveData, then
/// COMPLETE) read through every data endpoint, with the values of render-ws's own DAO and service tests.
/// </summary>
public abstract class ElasticContract(ServerFixture server)
{
    private const string Box = "z/3903/box/1000,3000,5000,2000,1.0/render-parameters";

    private static readonly string[] Layer3903 =
        ["134", "135", "136", "171", "172", "173", "211", "212", "213", "252", "253-with-real-transforms", "254-with-real-transforms"];

    private static readonly string[] AllTiles = [.. Layer3903, "reacquire_a", "reacquire_b"];

    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task Complete_DerivesReferenceStats()
    {
        var stack = await _api.CreateElasticStackAsync();

        var meta = await _api.GetJsonAsync(stack);

        Assert.Equal("COMPLETE", (string)meta["state"]!);
        var stats = meta["stats"]!;
        Assert.Equal(14, (long)stats["tileCount"]!);
        Assert.Equal(3, (long)stats["transformCount"]!);
        Assert.Equal(2, (long)stats["sectionCount"]!);
        Assert.Equal(1, (long)stats["nonIntegralSectionCount"]!);
        Assert.Equal(2631, (int)stats["minTileWidth"]!);
        Assert.Equal(2772, (int)stats["maxTileWidth"]!);
        Assert.Equal(2257, (int)stats["minTileHeight"]!);
        Assert.Equal(2414, (int)stats["maxTileHeight"]!);
        Assert.Empty(stats["channelNames"]!.AsArray());
        Assert.Equal([1094, 1769, 3903, 9917, 8301, 3903.1],
            JsonRead.Numbers(stats["stackBounds"], "minX", "minY", "minZ", "maxX", "maxY", "maxZ"));
    }

    [Fact]
    public async Task Bounds_CompleteStack_AreReferenceStackBounds()
    {
        var stack = await _api.CreateElasticStackAsync();

        var bounds = await _api.GetJsonAsync($"{stack}/bounds");

        Assert.Equal([1094, 1769, 3903, 9917, 8301, 3903.1], JsonRead.Numbers(bounds, "minX", "minY", "minZ", "maxX", "maxY", "maxZ"));
    }

    [Fact]
    public async Task LayerBounds_Z3903_AreReferenceLayerBounds()
    {
        var stack = await _api.CreateElasticStackAsync();

        var bounds = await _api.GetJsonAsync($"{stack}/z/3903/bounds");

        Assert.Equal([1094, 1769, 9917, 8301, 3903, 3903], JsonRead.Numbers(bounds, "minX", "minY", "maxX", "maxY", "minZ", "maxZ"));
    }

    [Fact]
    public async Task TileBounds_Z3903_GivesTwelveTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var tileBounds = await _api.GetJsonAsync($"{stack}/z/3903/tileBounds");

        Assert.Equal(Layer3903, JsonRead.TileIds(tileBounds).Order(StringComparer.Ordinal));
        var first = tileBounds.AsArray().Single(item => (string)item!["tileId"]! == "134")!;
        Assert.Equal([1094, 2006, 3817, 4402, 3903], JsonRead.Numbers(first, "minX", "minY", "maxX", "maxY", "z"));
        Assert.Equal("3903.0", (string)first["sectionId"]!);
    }

    [Fact]
    public async Task TileSpecs_Z3903_GivesTwelveTilesSortedById()
    {
        var stack = await _api.CreateElasticStackAsync();

        var tiles = await _api.GetJsonAsync($"{stack}/z/3903/tile-specs");

        Assert.Equal(Layer3903, JsonRead.TileIds(tiles));
    }

    [Fact]
    public async Task TileSpecs_Z3903_AreFlattenedWithoutRefs()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await _api.GetTextAsync($"{stack}/z/3903/tile-specs");

        Assert.DoesNotContain("\"ref\"", body, StringComparison.Ordinal);
        var tile135 = JsonNode.Parse(body)!.AsArray().Single(tile => (string)tile!["tileId"]! == "135")!;
        var specs = tile135["transforms"]!["specList"]!.AsArray();
        Assert.Equal(["leaf", "interpolated"], specs.Select(spec => (string)spec!["type"]!));
        Assert.False(JsonRead.HasTransformType(tile135, "ref"));
    }

    [Fact]
    public async Task BoxRenderParameters_Z3903_GivesSixFlattenedTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var parameters = await _api.GetJsonAsync($"{stack}/{Box}");

        Assert.Equal(["134", "135", "171", "172", "211", "212"], JsonRead.TileIds(parameters["tileSpecs"]));
        Assert.Equal([1000, 3000, 5000, 2000, 1.0], JsonRead.Numbers(parameters, "x", "y", "width", "height", "scale"));
        Assert.False(JsonRead.HasTransformType(parameters, "ref"));
    }

    [Fact]
    public async Task GroupBoxRenderParameters_GroupA_GivesTwoTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var parameters = await _api.GetJsonAsync($"{stack}/group/A/{Box}");

        Assert.Equal(["134", "135"], JsonRead.TileIds(parameters["tileSpecs"]));
    }

    [Fact]
    public async Task BoxRenderParameters_OutsideAllTiles_GivesNoTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var parameters = await _api.GetJsonAsync($"{stack}/z/3903/box/20000,20000,100,100,1.0/render-parameters");

        Assert.Empty(parameters["tileSpecs"]!.AsArray());
    }

    [Fact]
    public async Task BoxTileCount_Z3903_AgreesWithRenderParameters()
    {
        var stack = await _api.CreateElasticStackAsync();

        var count = await _api.GetJsonAsync($"{stack}/z/3903/box/1000,3000,5000,2000/tile-count");

        Assert.Equal(6, (int)count);
    }

    [Fact]
    public async Task LayerRenderParameters_Z3903_CoverTheLayerWithFlattenedTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var parameters = await _api.GetJsonAsync($"{stack}/z/3903/render-parameters");

        Assert.Equal(Layer3903, JsonRead.TileIds(parameters["tileSpecs"]));
        Assert.Equal([1094, 1769, 9917 - 1094, 8301 - 1769, 1.0], JsonRead.Numbers(parameters, "x", "y", "width", "height", "scale"));
        Assert.False(JsonRead.HasTransformType(parameters, "ref"));
    }

    [Fact]
    public async Task TileRenderParameters_TileWithRef_IsFlattenedOverItsBox()
    {
        var stack = await _api.CreateElasticStackAsync();

        var parameters = await _api.GetJsonAsync($"{stack}/tile/135/render-parameters");

        Assert.Equal([1167, 3999, 3900 - 1167, 6404 - 3999], JsonRead.Numbers(parameters, "x", "y", "width", "height"));
        Assert.Equal(["135"], JsonRead.TileIds(parameters["tileSpecs"]));
        Assert.False(JsonRead.HasTransformType(parameters, "ref"));
    }

    [Fact]
    public async Task Tile_WithRef_IsReturnedAsStored()
    {
        var stack = await _api.CreateElasticStackAsync();

        var tile = await _api.GetJsonAsync($"{stack}/tile/135");

        var spec = Assert.Single(tile["transforms"]!["specList"]!.AsArray())!;
        Assert.Equal("ref", (string)spec["type"]!);
        Assert.Equal("2", (string)spec["refId"]!);
        Assert.Equal([1167, 3999, 3900, 6404, 3903], JsonRead.Numbers(tile, "minX", "minY", "maxX", "maxY", "z"));
    }

    [Fact]
    public async Task Tile_Unknown_Gives404WithRenderMessage()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/no-such-tile"));

        Assert.StartsWith("tile spec with id 'no-such-tile' does not exist in the render.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZValues_All_GivesBothLayersAscending()
    {
        var stack = await _api.CreateElasticStackAsync();

        var zValues = await _api.GetJsonAsync($"{stack}/zValues");

        Assert.Equal([3903.0, 3903.1], JsonRead.Doubles(zValues));
    }

    [Theory]
    [InlineData("minZ=3903.05", new[] { 3903.1 })]
    [InlineData("maxZ=3903.0", new[] { 3903.0 })]
    [InlineData("minZ=3903.0&maxZ=3903.1", new[] { 3903.0, 3903.1 })]
    [InlineData("minZ=4000", new double[0])]
    public async Task ZValues_MinZMaxZ_FilterInclusively(string query, double[] expected)
    {
        var stack = await _api.CreateElasticStackAsync();

        var zValues = await _api.GetJsonAsync($"{stack}/zValues?{query}");

        Assert.Equal(expected, JsonRead.Doubles(zValues));
    }

    [Fact]
    public async Task SectionData_CompleteStack_HasThreeSectionsSortedById()
    {
        var stack = await _api.CreateElasticStackAsync();

        var sections = (await _api.GetJsonAsync($"{stack}/sectionData")).AsArray();

        Assert.Equal(["3903.0", "3903.1", "mis-ordered-section"], sections.Select(section => (string)section!["sectionId"]!));
        var first = sections[0]!;
        Assert.Equal(2, (long)first["tileCount"]!);
        Assert.Equal([3903, 1094, 3900, 2006, 6404], JsonRead.Numbers(first, "z", "minX", "maxX", "minY", "maxY"));
        Assert.Equal(3903.1, (double)sections[1]!["z"]!);
    }

    [Fact]
    public async Task SectionData_MinZMaxZ_FilterOnZ()
    {
        var stack = await _api.CreateElasticStackAsync();

        var sections = await _api.GetJsonAsync($"{stack}/sectionData?minZ=3902&maxZ=3903");

        Assert.Equal(["3903.0", "mis-ordered-section"], sections.AsArray().Select(section => (string)section!["sectionId"]!));
    }

    [Fact]
    public async Task LayerSectionData_Z3903_GivesItsTwoSections()
    {
        var stack = await _api.CreateElasticStackAsync();

        var sections = (await _api.GetJsonAsync($"{stack}/z/3903/sectionData")).AsArray();

        Assert.Equal(["3903.0", "mis-ordered-section"], sections.Select(section => (string)section!["sectionId"]!));
        Assert.Equal([2L, 1L], sections.Select(section => (long)section!["tileCount"]!));
    }

    [Fact]
    public async Task SectionZ_KnownSections_GiveTheirZ()
    {
        var stack = await _api.CreateElasticStackAsync();

        Assert.Equal(3903.0, (double)await _api.GetJsonAsync($"{stack}/section/3903.0/z"));
        Assert.Equal(3903.1, (double)await _api.GetJsonAsync($"{stack}/section/3903.1/z"));
    }

    [Fact]
    public async Task SectionZ_UnknownSection_Gives404()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/section/no-such-section/z"));

        Assert.StartsWith("sectionId 'no-such-section' does not exist in the stack with owner ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileIds_All_GivesFourteenSortedIds()
    {
        var stack = await _api.CreateElasticStackAsync();

        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");

        Assert.Equal(AllTiles, JsonRead.Strings(tileIds));
    }

    [Theory]
    [InlineData("matchPattern=with-real", 2)]
    [InlineData("minZ=3903.1", 2)]
    [InlineData("maxZ=3903", 12)]
    [InlineData("minZ=3903&maxZ=3903.1", 14)]
    [InlineData("minZ=3903&maxZ=3903.1&matchPattern=reacquire", 2)]
    public async Task TileIds_Filters_GiveReferenceCounts(string query, int expected)
    {
        var stack = await _api.CreateElasticStackAsync();

        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds?{query}");

        Assert.Equal(expected, tileIds.AsArray().Count);
    }

    [Fact]
    public async Task LayerResolvedTiles_Z3903_HasTwelveTilesAndEveryReferencedTransform()
    {
        var stack = await _api.CreateElasticStackAsync();

        var resolved = await _api.GetJsonAsync($"{stack}/z/3903/resolvedTiles");

        var tiles = resolved["tileIdToSpecMap"]!.AsObject();
        Assert.Equal(Layer3903, tiles.Select(entry => entry.Key).Order(StringComparer.Ordinal));

        // tile 134 references "1", tile 135 references "2", and "2" references "1" and "3".
        Assert.Equal(["1", "2", "3"], resolved["transformIdToSpecMap"]!.AsObject().Select(entry => entry.Key).Order(StringComparer.Ordinal));
        Assert.Equal("ref", (string)tiles["135"]!["transforms"]!["specList"]![0]!["type"]!);
    }

    [Theory]
    [InlineData("minZ=3903&maxZ=3903", 12)]
    [InlineData("minZ=3903&maxZ=3903&groupId=A", 3)]
    [InlineData("groupId=A", 3)]
    [InlineData("groupId=A&minX=3950", 1)]
    [InlineData("minZ=3903", 14)]
    [InlineData("maxZ=3903", 12)]
    [InlineData("minZ=3903.1&maxZ=3905", 2)]
    public async Task ResolvedTilesQuery_Filters_GiveReferenceCounts(string query, int expected)
    {
        var stack = await _api.CreateElasticStackAsync();

        var resolved = await _api.GetJsonAsync($"{stack}/resolvedTiles?{query}");

        Assert.Equal(expected, resolved["tileIdToSpecMap"]!.AsObject().Count);
    }

    [Fact]
    public async Task ResolvedTilesQuery_GroupAWithMinX_GivesTile136WithoutTransforms()
    {
        var stack = await _api.CreateElasticStackAsync();

        var resolved = await _api.GetJsonAsync($"{stack}/resolvedTiles?groupId=A&minX=3950");

        Assert.Equal(["136"], resolved["tileIdToSpecMap"]!.AsObject().Select(entry => entry.Key));
        Assert.Empty(resolved["transformIdToSpecMap"]!.AsObject());
    }

    [Fact]
    public async Task ResolvedTilesQuery_NothingMatches_Gives404()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/resolvedTiles?minZ=5000"));

        Assert.StartsWith("no tile specifications found in stack with owner ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastTileTransforms_Z3903_GiveOneFlattenedTransformPerTile()
    {
        var stack = await _api.CreateElasticStackAsync();

        var last = (await _api.GetJsonAsync($"{stack}/z/3903/last-tile-transforms")).AsArray();

        Assert.Equal(Layer3903, JsonRead.TileIds(last).Order(StringComparer.Ordinal));
        var tile134 = last.Single(item => (string)item!["tileId"]! == "134")!["lastTransform"]!;
        Assert.Equal("leaf", (string)tile134["type"]!);
        Assert.Equal("0.99414426 -0.057523947 0.05564594 1.0000075 1108.6772 2104.6455", (string)tile134["dataString"]!);
        Assert.False(JsonRead.HasTransformType(last, "ref"));
    }

    [Fact]
    public async Task Transform_SharedList_IsReturnedRawWithItsRefs()
    {
        var stack = await _api.CreateElasticStackAsync();

        var transform = await _api.GetJsonAsync($"{stack}/transform/2");

        Assert.Equal("list", (string)transform["type"]!);
        Assert.Equal("2", (string)transform["id"]!);
        Assert.Equal(2, transform["specList"]!.AsArray().Count);
        Assert.True(JsonRead.HasTransformType(transform, "ref"));
    }

    [Fact]
    public async Task Transform_Unknown_Gives404WithRenderMessage()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/transform/99"));

        Assert.StartsWith("transform spec with id '99' does not exist in the stack with owner ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileSpecsWithIds_SkipsUnknownIds_AndSortsFlattenedTiles()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/tile-specs-with-ids", """["135","no-such-tile","134"]"""));

        var tiles = JsonNode.Parse(body)!;
        Assert.Equal(["134", "135"], JsonRead.TileIds(tiles));
        Assert.False(JsonRead.HasTransformType(tiles, "ref"));
    }

    [Fact]
    public async Task LayoutFile_Karsh_HasOneLinePerTileAndNoHeader()
    {
        var stack = await _api.CreateElasticStackAsync();

        var text = await _api.GetTextAsync($"{stack}/layoutFile");

        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        var tileLines = lines[..^1];
        Assert.Equal(14, tileLines.Length);
        Assert.All(tileLines, line => Assert.Contains(line.Split('\t')[^2], new[] { "3903.0", "3903.1" }));
        Assert.All(tileLines, line => Assert.EndsWith($"/{stack}/tile/{line.Split('\t')[1]}/render-parameters", line, StringComparison.Ordinal));

        // KARSH sorts by z, then minY: tile 252 (minY 1769) comes first.
        Assert.Equal("252", tileLines[0].Split('\t')[1]);
        Assert.Equal(AllTiles, tileLines.Select(line => line.Split('\t')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LayerLayoutFile_Z3903_HasTwelveLines()
    {
        var stack = await _api.CreateElasticStackAsync();

        var text = await _api.GetTextAsync($"{stack}/z/3903/layoutFile");

        Assert.Equal(12, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task LayoutFile_Scheffer_HasBboxHeaderThenOneTransformLinePerTile()
    {
        var stack = await _api.CreateElasticStackAsync();

        var text = await _api.GetTextAsync($"{stack}/layoutFile?format=SCHEFFER");

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BBOX 1094.0 1769.0 9917.0 8301.0", lines[0]);
        Assert.Equal(14, lines.Length - 1);
        Assert.All(lines[1..], line => Assert.StartsWith("TRANSFORM '", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SectionData_LoadingStackNeverCompleted_Gives400()
    {
        var stack = await _api.CreateElasticStackAsync(complete: false);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/sectionData"));

        Assert.StartsWith("section data not aggregated for stack with owner ", body, StringComparison.Ordinal);
        Assert.EndsWith(", set stack state to COMPLETE to generate the aggregate collection", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayerSectionData_LoadingStack_IsComputedLive()
    {
        var stack = await _api.CreateElasticStackAsync(complete: false);

        var sections = await _api.GetJsonAsync($"{stack}/z/3903/sectionData");

        Assert.Equal(["3903.0", "mis-ordered-section"], sections.AsArray().Select(section => (string)section!["sectionId"]!));
    }

    [Fact]
    public async Task LayerBounds_EmptyLayer_Gives400()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/z/7/bounds"));

        Assert.Equal($"stack {stack.Split('/')[^1]} does not contain any tiles with a z value of 7.0", body);
    }

    [Fact]
    public async Task LayerResolvedTiles_EmptyLayer_Gives404()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/z/7/resolvedTiles"));

        Assert.StartsWith("no tile specifications found in stack with owner ", body, StringComparison.Ordinal);
        Assert.EndsWith(" for z=7.0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileBounds_EmptyLayerOfExistingStack_IsEmpty()
    {
        var stack = await _api.CreateElasticStackAsync();

        Assert.Empty((await _api.GetJsonAsync($"{stack}/z/7/tileBounds")).AsArray());
    }

    [Fact]
    public async Task Reimport_SameTileId_ReplacesTheStoredTile()
    {
        var stack = await _api.CreateElasticStackAsync(complete: false);
        var tiles = JsonNode.Parse(Fixtures.Read("render-ws/mongodb/elastic-3903.json"))!.AsArray();
        var tile = tiles.Single(item => (string)item!["tileId"]! == "173")!.AsObject();
        tile["groupId"] = "C";
        tile["minX"] = 3320.0;

        await _api.ImportAsync(stack, TestTiles.Collection([(JsonObject)tile.DeepClone()]), deriveData: false);

        var stored = await _api.GetJsonAsync($"{stack}/tile/173");
        Assert.Equal("C", (string)stored["groupId"]!);
        Assert.Equal(3320.0, (double)stored["minX"]!);
        Assert.Equal(14, (await _api.GetJsonAsync($"{stack}/tileIds")).AsArray().Count);
    }

    [Fact]
    public async Task LayoutFile_HandMadeTile_GivesRenderKarshAndSchefferLines()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var tile = TestTiles.Tile("a", 1, 5, 6);
        tile["layout"] = new JsonObject
        {
            ["sectionId"] = "1.0",
            ["temca"] = "7",
            ["camera"] = "2",
            ["imageRow"] = 3,
            ["imageCol"] = 4,
            ["rotation"] = 180.0,
        };
        tile["mipmapLevels"]!["0"]!["imageUrl"] = "file:///data/a.png";
        tile["transforms"]!["specList"]![0]!["dataString"] = "1.0 0.5 0.25 2.0 5.0 6.0";
        await _api.ImportAsync(stack, TestTiles.Collection([tile]), deriveData: false);

        var karsh = await _api.GetTextAsync($"{stack}/layoutFile");
        var loadingScheffer = await _api.GetTextAsync($"{stack}/layoutFile?format=SCHEFFER");
        await _api.SetStateAsync(stack, "COMPLETE");
        var scheffer = await _api.GetTextAsync($"{stack}/layoutFile?format=SCHEFFER");

        // affine written in Karsh order d0 d2 d4 d1 d3 d5; then col, row, camera, path, temca, rotation, z, uri.
        Assert.Equal(
            "1.0\ta\t1.0\t0.25\t5.0\t0.5\t2.0\t6.0\t4\t3\t2\t/data/a.png\t7\t180.0\t1.0\t" +
            $"{new Uri(server.ApiBase, stack)}/tile/a/render-parameters\n",
            karsh);
        // render appends the tile's width and height as Java doubles (TileSpecLayout's SCHEFFER format).
        Assert.Equal("BBOX \nTRANSFORM '/data/a.png' 1.0 0.25 5.0 0.5 2.0 6.0 100.0 100.0\n", loadingScheffer);
        Assert.Equal("BBOX 5.0 6.0 105.0 106.0\nTRANSFORM '/data/a.png' 1.0 0.25 5.0 0.5 2.0 6.0 100.0 100.0\n", scheffer);
    }

    [Fact]
    public async Task LayoutFile_MissingStack_Gives404()
    {
        var missing = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{missing}/layoutFile"));
    }
}

public sealed class ElasticSqliteTests(SqliteServerFixture server) : ElasticContract(server), IClassFixture<SqliteServerFixture>;
public sealed class ElasticPostgresTests(PostgresServerFixture server) : ElasticContract(server), IClassFixture<PostgresServerFixture>;
