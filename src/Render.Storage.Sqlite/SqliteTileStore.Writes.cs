using Microsoft.Data.Sqlite;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Sqlite;

/// <summary>Tile and transform rows on SQLite: the writes, each one transaction on a LOADING stack.</summary>
internal sealed partial class SqliteTileStore
{
    /// <summary>Separates the channel names of one tile in the channel_names column.</summary>
    public const char ChannelNameSeparator = '\n';

    /// <summary>render's tile save: a full replace of the tile with the same id.</summary>
    public const string TileUpsertClause =
        """
        ON CONFLICT (stack_key, tile_id) DO UPDATE SET z = excluded.z, section_id = excluded.section_id,
            group_id = excluded.group_id, min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,
            max_y = excluded.max_y, channel_names = excluded.channel_names, spec = excluded.spec
        """;

    private const string InsertTile =
        $"""
        INSERT INTO tile (stack_key, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec)
        VALUES (@k, @tileId, @z, @sectionId, @groupId, @minX, @minY, @maxX, @maxY, @channels, @spec)
        {TileUpsertClause}
        """;

    public async Task<StackState?> SaveAsync(
        StackId stackId, IReadOnlyCollection<TileSpec> tiles, IReadOnlyCollection<TransformSpec> transforms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(transforms);

        // Serialise before taking the write gate, in parallel for big batches.
        var tileRows = tiles.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(tile => (Tile: tile, Json: RenderJson.SerializeToUtf8Bytes(tile))).ToArray();
        var transformRows = transforms.Select(spec => (Id: spec.Id!, Json: RenderJson.SerializeToUtf8Bytes(spec))).ToArray();

        return await WriteToLoadingStackAsync(stackId, async (connection, transaction, key) =>
        {
            await using (var command = connection.Command(
                """
                INSERT INTO transform (stack_key, transform_id, spec) VALUES (@k, @id, @spec)
                ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
                """, transaction))
            {
                var id = command.Parameters.Add("@id", SqliteType.Text);
                var spec = command.Parameters.Add("@spec", SqliteType.Blob);
                command.Parameters.AddWithValue("@k", key);
                foreach (var row in transformRows)
                {
                    id.Value = row.Id;
                    spec.Value = row.Json;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await using var insert = new TileInsert(connection, transaction, key);
            foreach (var (tile, json) in tileRows)
            {
                insert.Run(tile, json);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<StackState?> DeleteTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (connection, transaction, key) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM tile WHERE row_id IN (SELECT t.row_id FROM {SqliteTileQuery.FromAndWhere(command, key, query)})";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<StackState?> SetZAsync(StackId stackId, TileQuery query, double z, CancellationToken cancellationToken) =>
        WriteToLoadingStackAsync(stackId, async (connection, transaction, key) =>
        {
            // z lives in the spec document as well as in its column, so each tile is rewritten.
            var changed = new List<TileSpec>();
            await using (var select = SqliteTileQuery.Select(connection, new StackKey(key, BoxIndexed: false), query, "t.spec"))
            {
                select.Transaction = transaction;
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    changed.Add(StoredTileJson.Parse(reader.GetFieldValue<byte[]>(0)) with { Z = z });
                }
            }

            await using var insert = new TileInsert(connection, transaction, key);
            foreach (var tile in changed)
            {
                insert.Run(tile, RenderJson.SerializeToUtf8Bytes(tile));
            }
        }, cancellationToken);

    private Task<StackState?> WriteToLoadingStackAsync(
        StackId stackId, Func<SqliteConnection, SqliteTransaction, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync<StackState?>(async (connection, transaction) =>
        {
            var row = await SqliteStackStore.FindAsync(connection, transaction, stackId, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.State != StackState.Loading)
            {
                return row?.Stored.State;
            }

            await write(connection, transaction, row.Key).ConfigureAwait(false);
            await connection.Command("UPDATE stack SET revision = revision + 1 WHERE stack_key = @k", transaction).With("@k", row.Key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
            return StackState.Loading;
        }, cancellationToken);

    /// <summary>One prepared tile upsert, run once per tile.</summary>
    private sealed class TileInsert : IAsyncDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _tileId, _z, _sectionId, _groupId, _minX, _minY, _maxX, _maxY, _channels, _spec;

        public TileInsert(SqliteConnection connection, SqliteTransaction transaction, long key)
        {
            _command = connection.Command(InsertTile, transaction);
            _command.Parameters.AddWithValue("@k", key);
            _tileId = _command.Parameters.Add("@tileId", SqliteType.Text);
            _z = _command.Parameters.Add("@z", SqliteType.Real);
            _sectionId = _command.Parameters.Add("@sectionId", SqliteType.Text);
            _groupId = _command.Parameters.Add("@groupId", SqliteType.Text);
            _minX = _command.Parameters.Add("@minX", SqliteType.Real);
            _minY = _command.Parameters.Add("@minY", SqliteType.Real);
            _maxX = _command.Parameters.Add("@maxX", SqliteType.Real);
            _maxY = _command.Parameters.Add("@maxY", SqliteType.Real);
            _channels = _command.Parameters.Add("@channels", SqliteType.Text);
            _spec = _command.Parameters.Add("@spec", SqliteType.Blob);
            _command.Prepare();
        }

        public void Run(TileSpec tile, byte[] json)
        {
            _tileId.Value = tile.TileId;
            _z.Value = Value(tile.Z);
            _sectionId.Value = (object?)tile.Layout?.SectionId ?? DBNull.Value;
            _groupId.Value = (object?)tile.GroupId ?? DBNull.Value;
            _minX.Value = Value(tile.MinX);
            _minY.Value = Value(tile.MinY);
            _maxX.Value = Value(tile.MaxX);
            _maxY.Value = Value(tile.MaxY);
            var channelNames = tile.Channels?.Select(channel => channel.Name).OfType<string>().ToList();
            _channels.Value = channelNames is { Count: > 0 } ? string.Join(ChannelNameSeparator, channelNames) : DBNull.Value;
            _spec.Value = json;
            _command.ExecuteNonQuery();
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();

        private static object Value(double? value) => value is { } v && !double.IsNaN(v) ? v : DBNull.Value;
    }
}
