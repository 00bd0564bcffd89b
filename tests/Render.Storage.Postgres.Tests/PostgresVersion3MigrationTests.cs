using Npgsql;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

/// <summary>A database at the PostgreSQL store's step 3 (its GiST box index), migrated by the current store.</summary>
public sealed class PostgresVersion3MigrationTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private IRenderStore _store = null!;

    public async Task InitializeAsync() => _store = await _database.CreateAsync();

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _database.DeleteAsync();
    }

    [Fact]
    public async Task Initialize_OnVersion3WithACompleteStack_KeepsItsTilesOrderAndBoxQueries()
    {
        // A COMPLETE stack as version 3 stored it: row_id as the tile key of the GiST box index.
        await ApplyMigrationsThroughAsync(3);
        var stackId = new StackId("o", "p", "old");
        await ExecuteAsync(
            """
            INSERT INTO stack (owner, project, name, state, revision, sections_derived, box_indexed, meta)
            VALUES ('o', 'p', 'old', 'COMPLETE', 3, true, true, @meta);
            INSERT INTO tile (stack_key, tile_id, z, section_id, min_x, min_y, max_x, max_y, spec)
            SELECT 1, id, 1, '1.0', x, 0, x + 10, 10, spec FROM unnest(@ids, @xs, @specs) WITH ORDINALITY AS given (id, x, spec, n) ORDER BY n;
            INSERT INTO tile_box (row_id, stack_key, z, box) SELECT row_id, stack_key, z, box(point(min_x, min_y), point(max_x, max_y)) FROM tile;
            """,
            ("@meta", RenderJson.SerializeToUtf8Bytes(new StackMetaData(stackId, StackState.Complete))),
            ("@ids", new[] { "b", "a", "c" }),
            ("@xs", new[] { 0.0, 20, 40 }),
            ("@specs", new[] { "b", "a", "c" }.Select((id, i) => RenderJson.SerializeToUtf8Bytes(
                new TileSpec(TileId: id, Z: 1, MinX: 20 * i, MinY: 0, MaxX: (20 * i) + 10, MaxY: 10))).ToArray()));

        await _store.InitializeAsync(CancellationToken.None);

        Assert.Equal(["b", "a", "c"], await IdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(["a"], await IdsAsync(stackId, TileQuery.Box(1, 15, 2, 10, 2)));
        Assert.Equal(["a", "c"], await IdsAsync(stackId, TileQuery.Box(1, 25, 0, 20, 10)));
        Assert.Equal(StackState.Complete, (await _store.Stacks.GetAsync(stackId, CancellationToken.None))!.State);
    }

    private async Task ApplyMigrationsThroughAsync(int version)
    {
        await ExecuteAsync("CREATE TABLE schema_version (version integer NOT NULL)");
        foreach (var (number, sql) in OldSchema.Scripts(typeof(PostgresVersion3MigrationTests).Assembly).Where(migration => migration.Version <= version))
        {
            await ExecuteAsync(sql);
            await ExecuteAsync("INSERT INTO schema_version (version) VALUES (@v)", ("@v", number));
        }
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> IdsAsync(StackId stackId, TileQuery query)
    {
        var ids = new List<string>();
        await foreach (var id in _store.Tiles.FindTileIdsAsync(stackId, query, CancellationToken.None))
        {
            ids.Add(id);
        }

        return ids;
    }
}
