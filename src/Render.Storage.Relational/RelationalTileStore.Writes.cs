using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Relational;

/// <summary>Tiles and shared transforms: the writes, each one transaction on a LOADING stack whose row it locks.</summary>
internal sealed partial class RelationalTileStore
{
    /// <summary>Transforms upserted by one statement: a few hundred rows keep it within every engine's parameter limit.</summary>
    private const int TransformsPerStatement = 200;

    public async Task<StackState?> SaveAsync(
        StackId stackId, IReadOnlyCollection<TileSpec> tiles, IReadOnlyCollection<TransformSpec> transforms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(transforms);
        if (tiles.Any(tile => tile.TileId is null))
        {
            throw new ArgumentException("every tile needs a tileId", nameof(tiles));
        }

        if (transforms.Any(transform => transform.Id is null))
        {
            throw new ArgumentException("every shared transform needs an id", nameof(transforms));
        }

        // One row per id (the last given, at the first one's place), serialised before the write,
        // in parallel for big batches.
        var tileRows = UpsertBatch.LastOfEach(tiles, tile => tile.TileId!, StringComparer.Ordinal)
            .AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(TileRow.Of).ToArray();
        var transformRows = UpsertBatch.LastOfEach(transforms, spec => spec.Id!, StringComparer.Ordinal)
            .Select(spec => (Id: spec.Id!, Spec: RenderJson.SerializeToUtf8Bytes(spec))).ToArray();
        return await WriteToLoadingStackAsync(stackId, async (write, key) =>
        {
            foreach (var chunk in transformRows.Chunk(TransformsPerStatement))
            {
                await SaveTransformsAsync(write, key, chunk, cancellationToken).ConfigureAwait(false);
            }

            if (tileRows.Length > 0)
            {
                await dialect.SaveTilesAsync(write, key, tileRows, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<StackState?> DeleteTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (write, key) =>
        {
            var stack = StackKey.Of(key);
            var resolved = await WithoutPatternAsync(write, stack, query, cancellationToken).ConfigureAwait(false);
            await using var command = write.Command(string.Empty);
            command.CommandText = $"DELETE FROM {_sql.FromAndWhere(command, stack, resolved)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<StackState?> SetZAsync(StackId stackId, TileQuery query, double z, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (write, key) =>
        {
            // z lives in the spec document as well as in its column, so each tile is rewritten.
            var selected = TileIdPattern.Of(query);
            var changed = new List<TileRow>();
            await using (var select = _sql.Select(write.Connection, StackKey.Of(key), query, "t.tile_id, t.spec"))
            {
                select.Transaction = write.Transaction;
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (selected(reader.GetString(0)))
                    {
                        changed.Add(TileRow.Of(StoredTileJson.Parse(reader.GetFieldValue<byte[]>(1)) with { Z = z }));
                    }
                }
            }

            if (changed.Count > 0)
            {
                await dialect.SaveTilesAsync(write, key, changed, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>Upserts shared transforms (one per id) in one statement.</summary>
    private static async Task SaveTransformsAsync(SqlWrite write, long key, (string Id, byte[] Spec)[] rows, CancellationToken cancellationToken)
    {
        await using var command = write.Command(string.Empty).With("@k", key);
        var values = new List<string>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            values.Add($"(@k, @id{i}, @spec{i})");
            command.With($"@id{i}", rows[i].Id).With($"@spec{i}", rows[i].Spec);
        }

        command.CommandText =
            $"""
            INSERT INTO transform (stack_key, transform_id, spec) VALUES {string.Join(", ", values)}
            ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Locks the stack row and runs <paramref name="write"/> when the stack is LOADING, in one
    /// transaction, counting it as a revision: writers of one stack, in this process or another,
    /// take turns. Returns the state found (null for a missing stack).
    /// </summary>
    private Task<StackState?> WriteToLoadingStackAsync(StackId stackId, Func<SqlWrite, long, Task> write, CancellationToken cancellationToken) =>
        dialect.WriteAsync<StackState?>(async transaction =>
        {
            var row = await stacks.FindAsync(transaction, stackId, RowLock.Update, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.State != StackState.Loading)
            {
                return row?.Stored.State;
            }

            await write(transaction, row.Key).ConfigureAwait(false);
            await StackRows.CountRevisionAsync(transaction, row.Key, cancellationToken).ConfigureAwait(false);
            return StackState.Loading;
        }, cancellationToken);

    /// <summary>The query with its tileId pattern replaced by the ids it selects (the pattern is applied in the process).</summary>
    private async Task<TileQuery> WithoutPatternAsync(SqlWrite write, StackKey stack, TileQuery query, CancellationToken cancellationToken)
    {
        if (query.TileIdPattern is null)
        {
            return query;
        }

        var selected = TileIdPattern.Of(query);
        var ids = new List<string>();
        await using (var command = _sql.Select(write.Connection, stack, query, "t.tile_id"))
        {
            command.Transaction = write.Transaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (selected(reader.GetString(0)))
                {
                    ids.Add(reader.GetString(0));
                }
            }
        }

        return query with { TileIdPattern = null, TileIds = ids };
    }
}
