using Npgsql;
using Render.Model.Tiles;

namespace Render.Storage.Postgres;

/// <summary>
/// Tile rows on PostgreSQL: the bulk paths of a save, both binary COPY. New tiles are copied
/// straight into the tile table; a batch that replaces stored tiles goes through a staging table
/// and one upsert.
/// </summary>
internal sealed partial class PostgresTileStore
{
    /// <summary>Separates the channel names of one tile in the channel_names column.</summary>
    public const char ChannelNameSeparator = '\n';

    private const string TileColumns = "tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec";

    /// <summary>
    /// Saves the rows (one per tileId) into the stack, whose row the caller has locked, so that no
    /// other writer adds or removes its tiles meanwhile. When none of the ids is stored yet, as in
    /// an import of new sections, the rows are copied straight into the tile table: no staging
    /// copy, and no conflict check beyond the key index's own.
    /// </summary>
    private static async Task SaveTilesAsync(
        NpgsqlConnection connection, long key, IReadOnlyCollection<(TileSpec Tile, byte[] Json)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (await AnyStoredAsync(connection, key, [.. rows.Select(row => row.Tile.TileId).OfType<string>()], cancellationToken).ConfigureAwait(false))
        {
            await UpsertTilesAsync(connection, key, rows, cancellationToken).ConfigureAwait(false);
            return;
        }

        // row_id, the stored order, is numbered in the order of the copy.
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY tile (stack_key, {TileColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(copy, key, rows, cancellationToken).ConfigureAwait(false);
        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the stack holds a tile with one of the ids. When no stored tile falls between the
    /// smallest and the largest id (in the key index's order), one index probe answers; otherwise
    /// each id is looked up.
    /// </summary>
    private static async Task<bool> AnyStoredAsync(NpgsqlConnection connection, long key, string[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return false;
        }

        var (first, last) = CodePointOrder.Instance.Range(ids);
        return (bool)(await connection.Command("SELECT EXISTS (SELECT FROM tile WHERE stack_key = @k AND tile_id BETWEEN @first AND @last)")
                .With("@k", key).With("@first", first).With("@last", last).ScalarAsync(cancellationToken).ConfigureAwait(false))!
            && (bool)(await connection.Command("SELECT EXISTS (SELECT FROM tile WHERE stack_key = @k AND tile_id = ANY(@ids))")
                .With("@k", key).With("@ids", ids).ScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// render's tile save for rows that may replace stored tiles: the rows are copied into a
    /// staging table of this transaction, then upserted in one statement. A fresh temporary table
    /// is read back in the order it was filled, which becomes the new tiles' stored order; a
    /// replaced tile keeps its place.
    /// </summary>
    private static async Task UpsertTilesAsync(
        NpgsqlConnection connection, long key, IReadOnlyCollection<(TileSpec Tile, byte[] Json)> rows, CancellationToken cancellationToken)
    {
        await connection.Command(
            """
            CREATE TEMPORARY TABLE tile_stage (
                tile_id text, z float8, section_id text, group_id text, min_x float8, min_y float8, max_x float8, max_y float8,
                channel_names text, spec bytea) ON COMMIT DROP
            """).RunAsync(cancellationToken).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY tile_stage ({TileColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            await WriteRowsAsync(copy, key: null, rows, cancellationToken).ConfigureAwait(false);
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await connection.Command(
            $"""
            INSERT INTO tile (stack_key, {TileColumns})
            SELECT @k, {TileColumns} FROM tile_stage
            {TileUpsertClause}
            """).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the rows' columns (<see cref="TileColumns"/>, after the stack key when there is one).</summary>
    private static async Task WriteRowsAsync(
        NpgsqlBinaryImporter copy, long? key, IEnumerable<(TileSpec Tile, byte[] Json)> rows, CancellationToken cancellationToken)
    {
        foreach (var (tile, json) in rows)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            if (key is { } stackKey)
            {
                await copy.WriteAsync(stackKey, NpgsqlTypes.NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            }

            await copy.WriteOrNullAsync(tile.TileId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.Z, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.Layout?.SectionId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.GroupId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.MinX, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.MinY, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.MaxX, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(tile.MaxY, cancellationToken).ConfigureAwait(false);
            var channelNames = tile.Channels?.Select(channel => channel.Name).OfType<string>().ToList();
            await copy.WriteOrNullAsync(channelNames is { Count: > 0 } ? string.Join(ChannelNameSeparator, channelNames) : null, cancellationToken)
                .ConfigureAwait(false);
            await copy.WriteOrNullAsync(json, cancellationToken).ConfigureAwait(false);
        }
    }
}
