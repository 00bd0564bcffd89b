using System.Data.Common;
using Render.Geometry.Numerics;
using Render.Model;
using Render.Model.Stacks;

namespace Render.Storage.Relational;

/// <summary>Setting a stack COMPLETE: its stats, section data and box index derived from its tiles.</summary>
internal sealed partial class RelationalStackStore
{
    /// <remarks>
    /// The steps, in order, in one transaction under the stack's row lock: the stats first (a stack
    /// without tiles fails before anything is written), then the section data, then the box index
    /// (built where the engine builds it at COMPLETE), then the metadata with the stats.
    /// </remarks>
    public Task<StackMetaData?> CompleteAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        dialect.WriteAsync(async write =>
        {
            var row = await stacks.FindAsync(write, expected.Id, RowLock.Update, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.Revision != expected.Revision)
            {
                return null;
            }

            var stats = await DeriveStatsAsync(write, row.Key, cancellationToken).ConfigureAwait(false);
            await DeriveSectionsAsync(write, row.Key, cancellationToken).ConfigureAwait(false);
            if (dialect.BuiltBoxIndex is { } index)
            {
                await index.BuildAsync(write, row.Key, cancellationToken).ConfigureAwait(false);
            }

            var completed = replacement with { Stats = stats };
            await stacks.UpdateMetaAsync(write, row.Key, completed, cancellationToken).ConfigureAwait(false);
            return completed;
        }, cancellationToken);

    /// <summary>render's section collection: one row per (sectionId, z) with its tile count and bounds.</summary>
    private static Task<int> DeriveSectionsAsync(SqlWrite write, long key, CancellationToken cancellationToken) =>
        write.Command(
            """
            DELETE FROM section WHERE stack_key = @k;
            INSERT INTO section (stack_key, section_id, z, tile_count, min_x, max_x, min_y, max_y)
            SELECT @k, section_id, z, count(*), min(min_x), max(max_x), min(min_y), max(max_y)
            FROM tile WHERE stack_key = @k GROUP BY section_id, z;
            UPDATE stack SET sections_derived = true WHERE stack_key = @k;
            """).With("@k", key).RunAsync(cancellationToken);

    private static async Task<StackStats> DeriveStatsAsync(SqlWrite write, long key, CancellationToken cancellationToken)
    {
        StackStats stats;

        // A non-integral section is one whose z has a fraction (render truncates z to compare).
        await using (var command = write.Command(
            """
            SELECT count(*), count(DISTINCT z), count(DISTINCT z) FILTER (WHERE z > trunc(z)),
                   min(min_x), min(min_y), min(z), max(max_x), max(max_y), max(z),
                   min(max_x - min_x), max(max_x - min_x), min(max_y - min_y), max(max_y - min_y),
                   (SELECT count(*) FROM transform WHERE stack_key = @k)
            FROM tile WHERE stack_key = @k
            """).With("@k", key))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reader.GetInt64(0) == 0)
            {
                throw new StackDataException(
                    "Stack data aggregation returned no results because the stack has no tiles.  " +
                    "Load tiles into the stack (while it is LOADING) before setting it to COMPLETE.");
            }

            stats = new StackStats(
                StackBounds: new Bounds(
                    reader.NullableDouble(3), reader.NullableDouble(4), reader.NullableDouble(5),
                    reader.NullableDouble(6), reader.NullableDouble(7), reader.NullableDouble(8)),
                SectionCount: reader.GetInt64(1),
                NonIntegralSectionCount: reader.GetInt64(2),
                TileCount: reader.GetInt64(0),
                TransformCount: reader.GetInt64(13),
                MinTileWidth: TileSize(reader, 9),
                MaxTileWidth: TileSize(reader, 10),
                MinTileHeight: TileSize(reader, 11),
                MaxTileHeight: TileSize(reader, 12));
        }

        return stats with { ChannelNames = await ChannelNamesAsync(write, key, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>render truncates the derived tile sizes to int.</summary>
    private static int? TileSize(DbDataReader reader, int ordinal) =>
        reader.NullableDouble(ordinal) is { } size ? JavaMath.ToInt(size) : null;

    private static async Task<IReadOnlyList<string>> ChannelNamesAsync(SqlWrite write, long key, CancellationToken cancellationToken)
    {
        await using var command = write.Command("SELECT DISTINCT channel_names FROM tile WHERE stack_key = @k AND channel_names IS NOT NULL").With("@k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.UnionWith(reader.GetString(0).Split(TileRow.ChannelNameSeparator));
        }

        return [.. names];
    }
}
