using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>render's tile normalisation (TileDataService, its TileDataServiceTest and render-python's quirk).</summary>
public abstract class TileRenderParametersContract(ServerFixture server)
{
    private const string Affine = "mpicbg.trakem2.transform.AffineModel2D";
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task NormalizeForMatching_TwoAffines_KeepsOne_AtTheOrigin()
    {
        var stack = await StackWithTileAsync("""[{"className":"A","dataString":"1 0 0 1 0 0"},{"className":"A","dataString":"1 0 0 1 100 200"}]""");

        var parameters = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters?normalizeForMatching=true");

        var tile = parameters["tileSpecs"]![0]!;
        Assert.Single(tile["transforms"]!["specList"]!.AsArray());
        Assert.Equal((0.0, 0.0, 1024, 1024), ((double)parameters["x"]!, (double)parameters["y"]!, (int)parameters["width"]!, (int)parameters["height"]!));
    }

    [Fact]
    public async Task EmptyLabelSets_AreIgnored_SoLegacyModeApplies()
    {
        var stack = await StackWithTileAsync("""[{"className":"A","dataString":"1 0 0 1 0 0"},{"className":"A","dataString":"1 0 0 1 100 200"}]""");

        var parameters = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters?normalizeForMatching=true&excludeTransformsAfterLast=&excludeFirstTransformAndAllAfter=");

        Assert.Single(parameters["tileSpecs"]![0]!["transforms"]!["specList"]!.AsArray());
    }

    [Fact]
    public async Task RenderPythonDefaults_KeepEveryTransform_ButZeroTheOrigin()
    {
        // render-python always sends excludeAllTransforms=false with normalizeForMatching=true: label
        // mode wins (all transforms kept, box re-derived) and the origin is still zeroed.
        var stack = await StackWithTileAsync("""[{"className":"A","dataString":"1 0 0 1 0 0"},{"className":"A","dataString":"1 0 0 1 100 200"}]""");

        var parameters = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters?normalizeForMatching=True&excludeAllTransforms=false");

        Assert.Equal(2, parameters["tileSpecs"]![0]!["transforms"]!["specList"]!.AsArray().Count);
        Assert.Equal(100.0, (double)parameters["tileSpecs"]![0]!["minX"]!);
        Assert.Equal((0.0, 0.0), ((double)parameters["x"]!, (double)parameters["y"]!));
    }

    [Fact]
    public async Task LensLabel_KeepsTransformsUpToTheLensCorrection()
    {
        var stack = await StackWithTileAsync(
            """[{"className":"A","dataString":"1 0 0 1 5 5","metaData":{"labels":["lens"]}},{"className":"A","dataString":"1 0 0 1 100 200"},{"className":"A","dataString":"2 0 0 2 0 0"}]""");

        var plain = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters");
        var matching = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters?normalizeForMatching=true");

        Assert.Equal(3, plain["tileSpecs"]![0]!["transforms"]!["specList"]!.AsArray().Count);
        Assert.Equal((double)plain["tileSpecs"]![0]!["minX"]!, (double)plain["x"]!);
        Assert.Single(matching["tileSpecs"]![0]!["transforms"]!["specList"]!.AsArray());
    }

    [Fact]
    public async Task ExcludeAllTransforms_RendersTheRawTile_WithOffsetsAndSize()
    {
        var stack = await StackWithTileAsync("""[{"className":"A","dataString":"1 0 0 1 100 200"}]""");

        var parameters = await _api.GetJsonAsync($"{stack}/tile/t1/render-parameters?excludeAllTransforms=true&x=10&y=20&width=50&height=60&scale=0.5");

        Assert.Empty(parameters["tileSpecs"]![0]!["transforms"]!["specList"]!.AsArray());
        Assert.Equal((10.0, 20.0, 50, 60, 0.5),
            ((double)parameters["x"]!, (double)parameters["y"]!, (int)parameters["width"]!, (int)parameters["height"]!, (double)parameters["scale"]!));
    }

    /// <summary>A LOADING stack with one 1024 x 1024 tile "t1" (class "A" stands for the affine).</summary>
    private async Task<string> StackWithTileAsync(string specList)
    {
        var stack = RenderApi.NewStackPath(prefix: "norm");
        await _api.CreateStackAsync(stack);
        var tile = new JsonObject
        {
            ["tileId"] = "t1",
            ["z"] = 1.0,
            ["width"] = 1024.0,
            ["height"] = 1024.0,
            ["mipmapLevels"] = new JsonObject { ["0"] = new JsonObject { ["imageUrl"] = "file:///not/read.png" } },
            ["transforms"] = new JsonObject { ["type"] = "list", ["specList"] = JsonNode.Parse(specList.Replace("\"A\"", $"\"{Affine}\"", StringComparison.Ordinal)) },
        };
        var body = new JsonObject { ["transformIdToSpecMap"] = new JsonObject(), ["tileIdToSpecMap"] = new JsonObject { ["t1"] = tile } };
        await _api.ImportAsync(stack, body.ToJsonString(), deriveData: true);
        return stack;
    }
}

public sealed class TileRenderParametersSqliteTests(SqliteServerFixture server) : TileRenderParametersContract(server), IClassFixture<SqliteServerFixture>;
public sealed class TileRenderParametersPostgresTests(PostgresServerFixture server) : TileRenderParametersContract(server), IClassFixture<PostgresServerFixture>;
