using System.Net;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// Our own <c>GET .../z/{z}/tileResiduals</c> (the dashboard's residual view) on the made-up layer
/// of <see cref="ResidualLayer"/>, whose distances are known exactly: a-b 0 px (2 matches), b-c
/// 3 px (2 matches), a-d to layer 2 1 px (1 match), a-zzz ignored (zzz is not in the stack).
/// </summary>
public abstract class TileResidualsContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task TileResiduals_MadeUpLayer_SummaryCountsPairsWithinAndAcrossLayers()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var answer = await _api.GetJsonAsync($"{stack}/z/1/tileResiduals?matchOwner={owner}&matchCollection={ResidualLayer.Collection}");

        Assert.Equal(3, (int)answer["tileCount"]!);
        Assert.Equal(3, (int)answer["pairCount"]!);
        Assert.Equal(5, (long)answer["matchCount"]!);
        Assert.Equal(1, (int)answer["ignoredPairCount"]!);
        Assert.Equal(7.0 / 5, (double)answer["mean"]!, 9);
        Assert.Equal(3.0, (double)answer["max"]!, 9);
        Assert.Equal(["a", "b", "c"], answer["tiles"]!.AsArray().Select(tile => (string)tile!["tileId"]!));
    }

    [Fact]
    public async Task TileResiduals_TileWithTheBadPair_ListsThatPairFirst()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var tiles = (await _api.GetJsonAsync($"{stack}/z/1/tileResiduals?matchOwner={owner}&matchCollection={ResidualLayer.Collection}"))["tiles"]!.AsArray();

        var b = tiles[1]!;
        Assert.Equal(2, (int)b["pairCount"]!);
        Assert.Equal(4, (int)b["matchCount"]!);
        Assert.Equal(1.5, (double)b["mean"]!, 9);
        Assert.Equal(3.0, (double)b["max"]!, 9);
        Assert.Equal([90.0, 0.0, 190.0, 100.0], new[] { "minX", "minY", "maxX", "maxY" }.Select(key => (double)b[key]!));
        Assert.Equal(["c", "a"], b["worstPairs"]!.AsArray().Select(pair => (string)pair!["otherTileId"]!));
        var worst = b["worstPairs"]![0]!;
        Assert.Equal(3.0, (double)worst["mean"]!, 9);
        Assert.Equal(3.0, (double)worst["max"]!, 9);
        Assert.Equal(2, (int)worst["matchCount"]!);
        var c = tiles[2]!;
        Assert.Equal(3.0, (double)c["max"]!, 9);
    }

    [Fact]
    public async Task TileResiduals_PairToAnotherLayer_MeasuredWithThatTilesTransforms()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var a = (await _api.GetJsonAsync($"{stack}/z/1/tileResiduals?matchOwner={owner}&matchCollection={ResidualLayer.Collection}"))["tiles"]![0]!;

        Assert.Equal(3, (int)a["matchCount"]!);
        Assert.Equal(1.0 / 3, (double)a["mean"]!, 9);
        Assert.Equal(1.0, (double)a["max"]!, 9);
        var toD = a["worstPairs"]![0]!;
        Assert.Equal("d", (string)toD["otherTileId"]!);
        Assert.Equal(2.0, (double)toD["otherZ"]!);
    }

    [Fact]
    public async Task TileResiduals_MissingCollection_Is404()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var (status, body) = await RenderApi.ReadAsync(_api.GetAsync($"{stack}/z/1/tileResiduals?matchOwner={owner}&matchCollection=absent"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("absent", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TileResiduals_WithoutMatchCollection_Is400()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var (status, _) = await RenderApi.ReadAsync(_api.GetAsync($"{stack}/z/1/tileResiduals?matchOwner={owner}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task TileResiduals_EmptyLayer_Is404()
    {
        var (stack, owner) = await _api.CreateResidualLayerAsync();

        var (status, body) = await RenderApi.ReadAsync(_api.GetAsync($"{stack}/z/7/tileResiduals?matchOwner={owner}&matchCollection={ResidualLayer.Collection}"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no tiles with z 7", body, StringComparison.Ordinal);
    }
}

public sealed class TileResidualsSqliteTests(SqliteServerFixture server) : TileResidualsContract(server), IClassFixture<SqliteServerFixture>;
public sealed class TileResidualsPostgresTests(PostgresServerFixture server) : TileResidualsContract(server), IClassFixture<PostgresServerFixture>;
