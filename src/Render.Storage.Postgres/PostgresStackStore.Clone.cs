using Render.Model.Stacks;

namespace Render.Storage.Postgres;

/// <summary>Copying one stack's data into another.</summary>
internal sealed partial class PostgresStackStore
{
    public Task<bool> CloneAsync(
        StoredStack from,
        StoredStack? existingTarget,
        StackMetaData targetMetaData,
        IReadOnlyCollection<double>? zValues,
        bool skipTransforms,
        CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            // The two rows are locked in one order (by id) so that two clones in opposite
            // directions wait for each other instead of deadlocking.
            var first = CompareIds(from.Id, targetMetaData.StackId) <= 0;
            var source = await FindAsync(connection, first ? from.Id : targetMetaData.StackId, forUpdate: true, cancellationToken).ConfigureAwait(false);
            var target = await FindAsync(connection, first ? targetMetaData.StackId : from.Id, forUpdate: true, cancellationToken).ConfigureAwait(false);
            if (!first)
            {
                (source, target) = (target, source);
            }

            if (source is null || source.Stored.Revision != from.Revision
                || target?.Stored.Revision != existingTarget?.Revision)
            {
                return false;
            }

            // A target created by someone else since the caller looked is a change, too.
            if ((target?.Key ?? await InsertAsync(connection, targetMetaData, cancellationToken).ConfigureAwait(false)) is not { } targetKey)
            {
                return false;
            }

            await connection.Command(
                $"""
                INSERT INTO tile (stack_key, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec)
                SELECT @to, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec
                FROM tile WHERE stack_key = @from AND (@all OR z = ANY(@zs))
                ORDER BY row_id
                {PostgresTileStore.TileUpsertClause}
                """)
                .With("@from", source.Key).With("@to", targetKey).WithFlag("@all", zValues is null)
                .WithDoubles("@zs", [.. (zValues ?? []).Where(double.IsFinite)])
                .RunAsync(cancellationToken).ConfigureAwait(false);
            if (!skipTransforms)
            {
                await connection.Command(
                    """
                    INSERT INTO transform (stack_key, transform_id, spec)
                    SELECT @to, transform_id, spec FROM transform WHERE stack_key = @from
                    ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
                    """)
                    .With("@from", source.Key).With("@to", targetKey).RunAsync(cancellationToken).ConfigureAwait(false);
            }

            await UpdateMetaAsync(connection, targetKey, targetMetaData, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static int CompareIds(StackId a, StackId b)
    {
        var owner = string.CompareOrdinal(a.Owner, b.Owner);
        var project = string.CompareOrdinal(a.Project, b.Project);
        return owner != 0 ? owner : project != 0 ? project : string.CompareOrdinal(a.Stack, b.Stack);
    }
}
