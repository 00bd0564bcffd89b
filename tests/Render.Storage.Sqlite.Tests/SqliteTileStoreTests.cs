using Microsoft.Data.Sqlite;
using Render.Storage.Relational;
using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

public sealed class SqliteTileStoreTests : TileStoreContract<TempStore>
{
    /// <remarks>
    /// Unordered, as counts and deletes select. Ordered by tileId, SQLite (without statistics)
    /// prefers walking the stack's tile key to sorting the group's or section's tiles.
    /// </remarks>
    [Theory]
    [InlineData("group", "tile_group")]
    [InlineData("section", "tile_section")]
    [InlineData("layer", "tile_z")]
    [InlineData("range", "tile_z")]
    public async Task QueryPlan_EachFilter_UsesItsIndex(string filter, string index)
    {
        var query = filter switch
        {
            "group" => new TileQuery { GroupId = "g" },
            "section" => new TileQuery { SectionId = "1.0" },
            "layer" => TileQuery.Layer(1),
            _ => new TileQuery { MinZ = 1, MaxZ = 2 },
        };

        var plan = await PlanAsync(StackKey.Of(1), query, ordered: false);

        Assert.Contains(plan, step => step.Contains($"INDEX {index} ", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TileOrder.ZTileId)]
    [InlineData(TileOrder.TileId)]
    public async Task QueryPlan_AStackInLayerOrIdOrder_FollowsAnIndexWithoutSorting(TileOrder order)
    {
        var plan = await PlanAsync(StackKey.Of(1), TileQuery.All with { Order = order });

        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueryPlan_BoxOfAStackWithItsBoxIndex_SearchesTheRTree()
    {
        var plan = await PlanAsync(StackKey.Of(1, boxIndexed: true), TileQuery.Box(1, 0, 0, 10, 10));

        Assert.Contains(plan, step => step.StartsWith("SCAN b VIRTUAL TABLE INDEX", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("SEARCH t USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync(StackKey key, TileQuery query, bool ordered = true)
    {
        await using var dialect = new SqliteDialect(Temporary.File);
        await using var connection = new SqliteConnection($"Data Source={Temporary.File}");
        await connection.OpenAsync();
        await using var command = new TileQuerySql(dialect).Select(connection, key, query, "t.spec", ordered);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
