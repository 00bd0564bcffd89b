using Npgsql;
using Render.Model.Stacks;
using Render.Storage.Relational;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

public sealed class PostgresTileStoreTests : TileStoreContract<TempDatabase>
{
    [Fact]
    public async Task Saves_ThroughTwoStoresAtOnce_AllLandAndEachCounts()
    {
        await using var other = new PostgresRenderStore(Temporary.ConnectionString);
        var stackId = await LoadingStackWithAsync("shared");
        var before = (await StoredAsync(stackId)).Revision;

        // Like two server processes: separate pools, one database.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(batch =>
            (batch % 2 == 0 ? Store : other).Tiles.SaveAsync(
                stackId, [.. Enumerable.Range(0, 50).Select(i => Tile($"{batch}.{i}", batch, i, 0, i + 10, 10))], [], None)));

        Assert.Equal(1000, await other.Tiles.CountTilesAsync(stackId, TileQuery.All, None));
        Assert.Equal(before + 20, (await other.Stacks.GetAsync(stackId, None))!.Revision);
    }

    [Fact]
    public async Task QueryPlan_BoxByStackId_UsesTheBoundsIndexWithEveryBound()
    {
        var plan = await PlanAsync(TileQuery.Box(1, 0, 0, 5, 5));

        // All four bounds are index conditions: tiles outside the box are not fetched.
        Assert.Contains("Index Scan using tile_bounds", plan, StringComparison.Ordinal);
        Assert.Matches(@"Index Cond: .*min_y.*max_x.*max_y", plan);
    }

    [Theory]
    [InlineData("group", "tile_group")]
    [InlineData("section", "tile_section")]
    [InlineData("layer", "tile_bounds")]
    [InlineData("range", "tile_bounds")]
    public async Task QueryPlan_EachFilter_UsesItsIndex(string filter, string index)
    {
        var plan = await PlanAsync(ordered: false, query: filter switch
        {
            "group" => new TileQuery { GroupId = "g" },
            "section" => new TileQuery { SectionId = "1.0" },
            "layer" => TileQuery.Layer(1),
            _ => new TileQuery { MinZ = 1, MaxZ = 2 },
        });

        Assert.Contains($"using {index}", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    private async Task<string> PlanAsync(TileQuery query, bool ordered = true)
    {
        await LoadingStackWithAsync("plan", Tile("a", 1, 0, 0, 10, 10, section: "1.0", group: "g"));
        await using var dialect = new PostgresDialect(Temporary.ConnectionString);
        await using var connection = new NpgsqlConnection(Temporary.ConnectionString);
        await connection.OpenAsync();
        await using var command = (NpgsqlCommand)new TileQuerySql(dialect).Select(connection, StackKey.Of(new StackId("o", "p", "plan")), query, "t.tile_id", ordered);
        return await QueryPlan.OfAsync(command);
    }
}
