using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Render.Model;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Sqlite;

/// <summary>Tile, transform and section rows on SQLite: the reads.</summary>
internal sealed partial class SqliteTileStore(SqliteDatabase database) : ITileStore
{
    public IAsyncEnumerable<TileSpec> FindTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        StoredTileJson.ParseAsync(FindTileJsonAsync(stackId, query, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<byte[]> FindTileJsonAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        await using var command = SqliteTileQuery.Select(connection, key, query, "t.spec");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetFieldValue<byte[]>(0);
        }
    }

    public async IAsyncEnumerable<TileBounds> FindTileBoundsAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        await using var command = SqliteTileQuery.Select(connection, key, query, "t.min_x, t.min_y, t.max_x, t.max_y, t.tile_id, t.section_id, t.z");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new TileBounds(
                reader.NullableDouble(0), reader.NullableDouble(1), reader.NullableDouble(2), reader.NullableDouble(3),
                reader.GetString(4), reader.NullableString(5), reader.NullableDouble(6));
        }
    }

    public async IAsyncEnumerable<string> FindTileIdsAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        await using var command = SqliteTileQuery.Select(connection, key, query, "t.tile_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    public async Task<long> CountTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return 0;
        }

        var count = await SqliteTileQuery.Select(connection, key, query, "count(*)", ordered: false)
            .ScalarAsync(cancellationToken).ConfigureAwait(false);
        return (long)count!;
    }

    public async Task<TileSpec?> GetTileAsync(StackId stackId, string tileId, CancellationToken cancellationToken)
    {
        await foreach (var tile in FindTilesAsync(stackId, new TileQuery { TileIds = [tileId] }, cancellationToken).ConfigureAwait(false))
        {
            return tile;
        }

        return null;
    }

    public async Task<IReadOnlyDictionary<string, TransformSpec>> GetTransformsAsync(
        StackId stackId, IReadOnlyCollection<string> transformIds, CancellationToken cancellationToken)
    {
        var transforms = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (transformIds.Count == 0 || await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return transforms;
        }

        await using var command = connection.Command(
            "SELECT transform_id, spec FROM transform WHERE stack_key = @k AND transform_id IN (SELECT value FROM json_each(@ids))")
            .With("@k", key.Key).With("@ids", RenderJson.Serialize(transformIds.ToList()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            transforms[reader.GetString(0)] = RenderJson.Parse<TransformSpec>(reader.GetFieldValue<byte[]>(1)).GetValueOrThrow();
        }

        return transforms;
    }

    public async Task<IReadOnlyList<double>> GetZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var zValues = new List<double>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return zValues;
        }

        await using var command = connection.Command(
            """
            SELECT DISTINCT z FROM tile
            WHERE stack_key = @k AND z IS NOT NULL AND (@minZ IS NULL OR z >= @minZ) AND (@maxZ IS NULL OR z <= @maxZ)
            ORDER BY z
            """).With("@k", key.Key).With("@minZ", minZ).With("@maxZ", maxZ);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            zValues.Add(reader.GetDouble(0));
        }

        return zValues;
    }

    public async Task<Bounds?> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        await using var command = connection.Command(
            "SELECT count(*), min(min_x), min(min_y), max(max_x), max(max_y) FROM tile WHERE stack_key = @k AND z = @z")
            .With("@k", key.Key).With("@z", z);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.GetInt64(0) == 0
            ? null
            : new Bounds(reader.NullableDouble(1), reader.NullableDouble(2), z, reader.NullableDouble(3), reader.NullableDouble(4), z);
    }

    public async Task<double?> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, stackId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        var z = await connection.Command(
            "SELECT z FROM tile WHERE stack_key = @k AND section_id = @s AND z IS NOT NULL ORDER BY row_id LIMIT 1")
            .With("@k", key.Key).With("@s", sectionId).ScalarAsync(cancellationToken).ConfigureAwait(false);
        return z is null ? null : Convert.ToDouble(z, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<SectionData>?> GetSectionDataAsync(
        StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var derived = await connection.Command(
            "SELECT stack_key FROM stack WHERE owner = @o AND project = @p AND name = @s AND sections_derived = 1")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack)
            .ScalarAsync(cancellationToken).ConfigureAwait(false);
        if (derived is not long key)
        {
            return null;
        }

        await using var command = connection.Command(
            """
            SELECT section_id, z, tile_count, min_x, max_x, min_y, max_y FROM section
            WHERE stack_key = @k AND section_id IS NOT NULL AND (@minZ IS NULL OR z >= @minZ) AND (@maxZ IS NULL OR z <= @maxZ)
            ORDER BY section_id, z
            """).With("@k", key).With("@minZ", minZ).With("@maxZ", maxZ);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sections = new List<SectionData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sections.Add(new SectionData(
                reader.GetString(0), reader.NullableDouble(1), reader.GetInt64(2),
                reader.NullableDouble(3), reader.NullableDouble(4), reader.NullableDouble(5), reader.NullableDouble(6)));
        }

        return sections;
    }

    private static async Task<StackKey?> KeyAsync(SqliteConnection connection, StackId stackId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT stack_key, box_indexed FROM stack WHERE owner = @o AND project = @p AND name = @s")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new StackKey(reader.GetInt64(0), reader.GetInt64(1) == 1) : null;
    }
}
