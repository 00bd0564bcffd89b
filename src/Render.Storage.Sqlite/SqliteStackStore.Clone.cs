using System.Globalization;
using Render.Model.Stacks;

namespace Render.Storage.Sqlite;

/// <summary>Copying one stack's data into another.</summary>
internal sealed partial class SqliteStackStore
{
    public Task<bool> CloneAsync(
        StoredStack from,
        StoredStack? existingTarget,
        StackMetaData targetMetaData,
        IReadOnlyCollection<double>? zValues,
        bool skipTransforms,
        CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var source = await FindAsync(connection, transaction, from.Id, cancellationToken).ConfigureAwait(false);
            var target = await FindAsync(connection, transaction, targetMetaData.StackId, cancellationToken).ConfigureAwait(false);
            if (source is null || source.Stored.Revision != from.Revision
                || target?.Stored.Revision != existingTarget?.Revision)
            {
                return false;
            }

            var targetKey = target?.Key ?? await InsertAsync(connection, transaction, targetMetaData, cancellationToken).ConfigureAwait(false);
            await connection.Command(
                $"""
                INSERT INTO tile (stack_key, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec)
                SELECT @to, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec
                FROM tile WHERE stack_key = @from AND (@zs IS NULL OR z IN (SELECT value FROM json_each(@zs)))
                ORDER BY row_id
                {SqliteTileStore.TileUpsertClause}
                """, transaction)
                .With("@from", source.Key).With("@to", targetKey).With("@zs", ZList(zValues))
                .RunAsync(cancellationToken).ConfigureAwait(false);
            if (!skipTransforms)
            {
                await connection.Command(
                    """
                    INSERT INTO transform (stack_key, transform_id, spec)
                    SELECT @to, transform_id, spec FROM transform WHERE stack_key = @from
                    ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
                    """, transaction)
                    .With("@from", source.Key).With("@to", targetKey).RunAsync(cancellationToken).ConfigureAwait(false);
            }

            await UpdateMetaAsync(connection, transaction, targetKey, targetMetaData, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static string? ZList(IReadOnlyCollection<double>? zValues) =>
        zValues is null
            ? null
            : "[" + string.Join(",", zValues.Where(double.IsFinite).Select(z => z.ToString("R", CultureInfo.InvariantCulture))) + "]";
}
