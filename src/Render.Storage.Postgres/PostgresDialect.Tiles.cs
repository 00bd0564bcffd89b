using Npgsql;
using NpgsqlTypes;
using Render.Storage.Relational;

namespace Render.Storage.Postgres;

/// <summary>
/// PostgreSQL's bulk load of tiles, binary COPY: new tiles are copied straight into the tile table;
/// a batch that replaces stored tiles goes through a staging table and one upsert.
/// </summary>
internal sealed partial class PostgresDialect
{
    /// <summary>
    /// When none of the ids is stored yet, as in an import of new sections, the rows are copied
    /// straight into the tile table: no staging copy, and no conflict check beyond the key index's
    /// own. The caller holds the stack's row lock, so no other writer adds its tiles meanwhile.
    /// </summary>
    public override async Task SaveTilesAsync(SqlWrite write, long stackKey, IReadOnlyList<TileRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)write.Connection;
        if (await AnyTileStoredAsync(write, stackKey, [.. rows.Select(row => row.TileId)], cancellationToken).ConfigureAwait(false))
        {
            await UpsertTilesAsync(write, stackKey, rows, cancellationToken).ConfigureAwait(false);
            return;
        }

        // row_id, the stored order, is numbered in the order of the copy.
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY tile (stack_key, {TileColumns.Names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await WriteTilesAsync(copy, stackKey, rows, cancellationToken).ConfigureAwait(false);
        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the stack holds a tile with one of the ids. When no stored tile falls between the
    /// smallest and the largest id (in the key index's order), one index probe answers; otherwise
    /// each id is looked up.
    /// </summary>
    private async Task<bool> AnyTileStoredAsync(SqlWrite write, long key, string[] ids, CancellationToken cancellationToken)
    {
        var (first, last) = CodePointOrder.Instance.Range(ids);
        if (await write.Command("SELECT EXISTS (SELECT FROM tile WHERE stack_key = @k AND tile_id BETWEEN @first AND @last)")
            .With("@k", key).With("@first", first).With("@last", last).ScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            return false;
        }

        await using var command = write.Command(string.Empty).With("@k", key);
        command.CommandText = $"SELECT EXISTS (SELECT FROM tile WHERE stack_key = @k AND {AnyOf(command, "tile_id", "@ids", ids)})";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>
    /// render's tile save for rows that may replace stored tiles: the rows are copied into a
    /// staging table of this transaction, then upserted in one statement. A fresh temporary table
    /// is read back in the order it was filled, which becomes the new tiles' stored order; a
    /// replaced tile keeps its place.
    /// </summary>
    private static async Task UpsertTilesAsync(SqlWrite write, long key, IReadOnlyList<TileRow> rows, CancellationToken cancellationToken)
    {
        await write.Command(
            """
            CREATE TEMPORARY TABLE tile_stage (
                tile_id text, z float8, section_id text, group_id text, min_x float8, min_y float8, max_x float8, max_y float8,
                channel_names text, spec bytea) ON COMMIT DROP
            """).RunAsync(cancellationToken).ConfigureAwait(false);
        await using (var copy = await ((NpgsqlConnection)write.Connection).BeginBinaryImportAsync(
            $"COPY tile_stage ({TileColumns.Names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            await WriteTilesAsync(copy, stackKey: null, rows, cancellationToken).ConfigureAwait(false);
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await write.Command(
            $"""
            INSERT INTO tile (stack_key, {TileColumns.Names})
            SELECT @k, {TileColumns.Names} FROM tile_stage
            {TileColumns.UpsertClause}
            """).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the rows' columns (<see cref="TileColumns.Names"/>, after the stack key when there is one).</summary>
    private static async Task WriteTilesAsync(NpgsqlBinaryImporter copy, long? stackKey, IReadOnlyList<TileRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            if (stackKey is { } key)
            {
                await copy.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            }

            await copy.WriteOrNullAsync(row.TileId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.Z, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.SectionId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.GroupId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.MinX, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.MinY, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.MaxX, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.MaxY, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.ChannelNames, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.Spec, cancellationToken).ConfigureAwait(false);
        }
    }
}
