using Npgsql;
using Render.Storage.Relational;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

public sealed class PostgresStoreTests : StackAndTileStoreContract
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Initialize_ByManyStoresAtOnce_MigratesOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresRenderStore(_database.ConnectionString)).ToList();

        await Task.WhenAll(stores.Select(store => store.InitializeAsync(CancellationToken.None)));

        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal([1, 2, 3, 4], await ScalarsAsync<int>("SELECT version FROM schema_version ORDER BY version"));
    }

    [Fact]
    public async Task Saves_ThroughTwoStoresAtOnce_AllLandAndEachCounts()
    {
        await using var other = new PostgresRenderStore(_database.ConnectionString);
        var stackId = await LoadingStackWithAsync("shared");
        var before = (await Store.Stacks.GetAsync(stackId, CancellationToken.None))!.Revision;

        // Like two server processes: separate pools, one database.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(batch =>
            (batch % 2 == 0 ? Store : other).Tiles.SaveAsync(
                stackId, [.. Enumerable.Range(0, 50).Select(i => Tile($"{batch}.{i}", batch, i, 0, i + 10, 10))], [], CancellationToken.None)));

        Assert.Equal(1000, await other.Tiles.CountTilesAsync(stackId, TileQuery.All, CancellationToken.None));
        Assert.Equal(before + 20, (await other.Stacks.GetAsync(stackId, CancellationToken.None))!.Revision);
    }

    [Fact]
    public async Task BoxQuery_ByStackId_UsesTheBoundsIndexWithEveryBound()
    {
        await LoadingStackWithAsync("plan", Tile("a", 1, 0, 0, 10, 10));
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT t.tile_id FROM " +
            new TileQuerySql(new PostgresDialect(_database.ConnectionString)).FromAndWhere(command, StackKey.Of(new Model.Stacks.StackId("o", "p", "plan")), TileQuery.Box(1, 0, 0, 5, 5));

        var plan = await ReadPlanAsync(command);

        // All four bounds are index conditions: tiles outside the box are not fetched.
        Assert.Contains("Index Scan using tile_bounds", plan, StringComparison.Ordinal);
        Assert.Matches(@"Index Cond: .*min_y.*max_x.*max_y", plan);
    }

    protected override Task<IRenderStore> CreateStoreAsync() => _database.CreateAsync();

    protected override Task DisposeStoreAsync() => _database.DropAsync();

    internal static async Task<string> ReadPlanAsync(NpgsqlCommand command)
    {
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }
        while (await reader.NextResultAsync());

        return string.Join('\n', plan);
    }

    private async Task<List<T>> ScalarsAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
