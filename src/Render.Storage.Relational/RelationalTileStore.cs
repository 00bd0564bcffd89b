using System.Data.Common;
using System.Runtime.CompilerServices;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Relational;

/// <summary>Tiles and shared transforms: the streamed reads.</summary>
internal sealed partial class RelationalTileStore(SqlDialect dialect, StackRows stacks) : ITileStore
{
    private const string BoundsColumns = "t.min_x, t.min_y, t.max_x, t.max_y, t.tile_id, t.section_id, t.z";

    private readonly TileQuerySql _sql = new(dialect);

    public IAsyncEnumerable<TileSpec> FindTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        StoredTileJson.ParseAsync(FindTileJsonAsync(stackId, query, cancellationToken), cancellationToken);

    public IAsyncEnumerable<byte[]> FindTileJsonAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        SelectAsync(stackId, query, "t.spec", static reader => reader.GetFieldValue<byte[]>(0), cancellationToken);

    public IAsyncEnumerable<TileBounds> FindTileBoundsAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        SelectAsync(stackId, query, BoundsColumns, static reader => new TileBounds(
            reader.NullableDouble(0), reader.NullableDouble(1), reader.NullableDouble(2), reader.NullableDouble(3),
            reader.GetString(4), reader.NullableString(5), reader.NullableDouble(6)), cancellationToken);

    public IAsyncEnumerable<string> FindTileIdsAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        SelectAsync(stackId, query, "t.tile_id", static reader => reader.GetString(0), cancellationToken);

    public async Task<long> CountTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        if (query.TileIdPattern is not null)
        {
            return await FindTileIdsAsync(stackId, query, cancellationToken).LongCountAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await stacks.ReadKeyAsync(connection, stackId, query, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return 0;
        }

        return await _sql.Select(connection, key, query, "count(*)", ordered: false).LongAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    public async Task<TileSpec?> GetTileAsync(StackId stackId, string tileId, CancellationToken cancellationToken) =>
        await FindTilesAsync(stackId, new TileQuery { TileIds = [tileId] }, cancellationToken).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, TransformSpec>> GetTransformsAsync(
        StackId stackId, IReadOnlyCollection<string> transformIds, CancellationToken cancellationToken)
    {
        var transforms = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        if (transformIds.Count == 0)
        {
            return transforms;
        }

        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        command.CommandText =
            $"SELECT transform_id, spec FROM transform WHERE stack_key = {StackKey.Of(stackId).Sql(command)} " +
            $"AND {dialect.AnyOf(command, "transform_id", "@ids", transformIds)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            transforms[reader.GetString(0)] = RenderJson.Parse<TransformSpec>(reader.GetFieldValue<byte[]>(1)).GetValueOrThrow();
        }

        return transforms;
    }

    /// <summary>
    /// The selected tiles' <paramref name="columns"/>, each row read by <paramref name="read"/>. With a
    /// tileId pattern, the tileId is selected after them and the pattern applied here.
    /// </summary>
    private async IAsyncEnumerable<T> SelectAsync<T>(
        StackId stackId, TileQuery query, string columns, Func<DbDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await stacks.ReadKeyAsync(connection, stackId, query, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        var pattern = query.TileIdPattern is not null;
        var selected = TileIdPattern.Of(query);
        await using var command = _sql.Select(connection, key, query, pattern ? $"{columns}, t.tile_id" : columns);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!pattern || selected(reader.GetString(reader.FieldCount - 1)))
            {
                yield return read(reader);
            }
        }
    }
}
