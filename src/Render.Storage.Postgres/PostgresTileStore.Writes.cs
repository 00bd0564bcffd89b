using Npgsql;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Postgres;

/// <summary>Tile and transform rows on PostgreSQL: the writes, each one transaction on a LOADING stack.</summary>
internal sealed partial class PostgresTileStore
{
    /// <summary>render's tile save: a full replace of the tile with the same id (which keeps its place in stored order).</summary>
    public const string TileUpsertClause =
        """
        ON CONFLICT (stack_key, tile_id) DO UPDATE SET z = excluded.z, section_id = excluded.section_id,
            group_id = excluded.group_id, min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,
            max_y = excluded.max_y, channel_names = excluded.channel_names, spec = excluded.spec
        """;

    public async Task<StackState?> SaveAsync(
        StackId stackId, IReadOnlyCollection<TileSpec> tiles, IReadOnlyCollection<TransformSpec> transforms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(transforms);

        // Serialise before the transaction, in parallel for big batches.
        var tileRows = UpsertBatch.LastOfEach(tiles, tile => tile.TileId, StringComparer.Ordinal).AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(tile => (Tile: tile, Json: RenderJson.SerializeToUtf8Bytes(tile))).ToArray();
        var transformRows = UpsertBatch.LastOfEach(transforms, spec => spec.Id, StringComparer.Ordinal);
        return await WriteToLoadingStackAsync(
            stackId,
            async (connection, key) =>
            {
                if (transformRows.Count > 0)
                {
                    await connection.Command(
                        """
                        INSERT INTO transform (stack_key, transform_id, spec)
                        SELECT @k, id, spec FROM unnest(@ids, @specs) AS given (id, spec)
                        ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
                        """)
                        .With("@k", key).With("@ids", transformRows.Select(spec => spec.Id!).ToArray())
                        .With("@specs", transformRows.Select(spec => RenderJson.SerializeToUtf8Bytes(spec)).ToArray())
                        .RunAsync(cancellationToken).ConfigureAwait(false);
                }

                await SaveTilesAsync(connection, key, tileRows, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<StackState?> DeleteTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (connection, key) =>
        {
            var stack = StackKey.Of(key);
            var resolved = await WithoutPatternAsync(connection, stack, query, cancellationToken).ConfigureAwait(false);
            await using var command = connection.Command(string.Empty);
            command.CommandText = $"DELETE FROM {PostgresTileQuery.FromAndWhere(command, stack, resolved)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<StackState?> SetZAsync(StackId stackId, TileQuery query, double z, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (connection, key) =>
        {
            // z lives in the spec document as well as in its column, so each tile is rewritten.
            var selected = TileIdPattern.Of(query);
            var changed = new List<(TileSpec Tile, byte[] Json)>();
            await using (var select = PostgresTileQuery.Select(connection, StackKey.Of(key), query, "t.tile_id, t.spec"))
            {
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (selected(reader.GetString(0)))
                    {
                        var tile = StoredTileJson.Parse(reader.GetFieldValue<byte[]>(1)) with { Z = z };
                        changed.Add((tile, RenderJson.SerializeToUtf8Bytes(tile)));
                    }
                }
            }

            await UpsertTilesAsync(connection, key, changed, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Locks the stack row and runs <paramref name="write"/> when the stack is LOADING, in one
    /// transaction: writers of one stack, in this process or another, take turns.
    /// </summary>
    private Task<StackState?> WriteToLoadingStackAsync(
        StackId stackId, Func<NpgsqlConnection, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync<StackState?>(async connection =>
        {
            var row = await PostgresStackStore.FindAsync(connection, stackId, forUpdate: true, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.State != StackState.Loading)
            {
                return row?.Stored.State;
            }

            await write(connection, row.Key).ConfigureAwait(false);
            await connection.Command("UPDATE stack SET revision = revision + 1 WHERE stack_key = @k").With("@k", row.Key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
            return StackState.Loading;
        }, cancellationToken);

    /// <summary>The query with its tileId pattern replaced by the ids it selects (the pattern is applied in the process).</summary>
    private static async Task<TileQuery> WithoutPatternAsync(NpgsqlConnection connection, StackKey stack, TileQuery query, CancellationToken cancellationToken)
    {
        if (query.TileIdPattern is null)
        {
            return query;
        }

        var ids = new List<string>();
        await foreach (var tileId in SelectedIdsAsync(connection, stack, query, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(tileId);
        }

        return query with { TileIdPattern = null, TileIds = ids };
    }
}
