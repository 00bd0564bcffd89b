using System.Runtime.CompilerServices;
using Npgsql;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Postgres;

/// <summary>Tile and transform rows on PostgreSQL: the streamed reads.</summary>
internal sealed partial class PostgresTileStore(PostgresDatabase database) : ITileStore
{
    public IAsyncEnumerable<TileSpec> FindTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        StoredTileJson.ParseAsync(FindTileJsonAsync(stackId, query, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<byte[]> FindTileJsonAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var selected = TileIdPattern.Of(query);
        await using var command = PostgresTileQuery.Select(connection, StackKey.Of(stackId), query, "t.tile_id, t.spec");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (selected(reader.GetString(0)))
            {
                yield return reader.GetFieldValue<byte[]>(1);
            }
        }
    }

    public async IAsyncEnumerable<TileBounds> FindTileBoundsAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var selected = TileIdPattern.Of(query);
        await using var command = PostgresTileQuery.Select(connection, StackKey.Of(stackId), query, "t.min_x, t.min_y, t.max_x, t.max_y, t.tile_id, t.section_id, t.z");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var tileId = reader.GetString(4);
            if (selected(tileId))
            {
                yield return new TileBounds(
                    reader.NullableDouble(0), reader.NullableDouble(1), reader.NullableDouble(2), reader.NullableDouble(3),
                    tileId, reader.NullableString(5), reader.NullableDouble(6));
            }
        }
    }

    public async IAsyncEnumerable<string> FindTileIdsAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var tileId in SelectedIdsAsync(connection, StackKey.Of(stackId), query, cancellationToken).ConfigureAwait(false))
        {
            yield return tileId;
        }
    }

    public async Task<long> CountTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var key = StackKey.Of(stackId);
        if (query.TileIdPattern is null)
        {
            return (long)(await PostgresTileQuery.Select(connection, key, query, "count(*)", ordered: false)
                .ScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var count = 0L;
        await foreach (var _ in SelectedIdsAsync(connection, StackKey.Of(stackId), query, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
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
        if (transformIds.Count == 0)
        {
            return transforms;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty).With("@ids", transformIds.ToArray());
        command.CommandText = $"SELECT transform_id, spec FROM transform WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND transform_id = ANY(@ids)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            transforms[reader.GetString(0)] = RenderJson.Parse<TransformSpec>(reader.GetFieldValue<byte[]>(1)).GetValueOrThrow();
        }

        return transforms;
    }

    /// <summary>The ids of the selected tiles on an open connection, the pattern applied.</summary>
    private static async IAsyncEnumerable<string> SelectedIdsAsync(
        NpgsqlConnection connection, StackKey key, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var selected = TileIdPattern.Of(query);
        await using var command = PostgresTileQuery.Select(connection, key, query, "t.tile_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var tileId = reader.GetString(0);
            if (selected(tileId))
            {
                yield return tileId;
            }
        }
    }
}
