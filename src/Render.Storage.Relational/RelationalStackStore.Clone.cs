using Render.Model.Stacks;

namespace Render.Storage.Relational;

/// <summary>Copying one stack's data into another.</summary>
internal sealed partial class RelationalStackStore
{
    public Task<bool> CloneAsync(
        StoredStack from,
        StoredStack? existingTarget,
        StackMetaData targetMetaData,
        IReadOnlyCollection<double>? zValues,
        bool skipTransforms,
        CancellationToken cancellationToken) =>
        dialect.WriteAsync(async write =>
        {
            // The two rows are locked in one order (by id) so that two clones in opposite
            // directions wait for each other instead of deadlocking.
            var first = CompareIds(from.Id, targetMetaData.StackId) <= 0;
            var source = await stacks.FindAsync(write, first ? from.Id : targetMetaData.StackId, RowLock.Update, cancellationToken).ConfigureAwait(false);
            var target = await stacks.FindAsync(write, first ? targetMetaData.StackId : from.Id, RowLock.Update, cancellationToken).ConfigureAwait(false);
            if (!first)
            {
                (source, target) = (target, source);
            }

            if (source is null || source.Stored.Revision != from.Revision || target?.Stored.Revision != existingTarget?.Revision)
            {
                return false;
            }

            // A target created by someone else since the caller looked is a change, too.
            if ((target?.Key ?? await StackRows.InsertAsync(write, targetMetaData, cancellationToken).ConfigureAwait(false)) is not { } targetKey)
            {
                return false;
            }

            await CopyTilesAsync(write, source.Key, targetKey, zValues, cancellationToken).ConfigureAwait(false);
            if (!skipTransforms)
            {
                await write.Command(
                    """
                    INSERT INTO transform (stack_key, transform_id, spec)
                    SELECT @to, transform_id, spec FROM transform WHERE stack_key = @from
                    ON CONFLICT (stack_key, transform_id) DO UPDATE SET spec = excluded.spec
                    """)
                    .With("@from", source.Key).With("@to", targetKey).RunAsync(cancellationToken).ConfigureAwait(false);
            }

            await stacks.UpdateMetaAsync(write, targetKey, targetMetaData, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Copies the tiles (of the listed layers when given) in their stored order, replacing the target's tiles of the same id.</summary>
    private async Task CopyTilesAsync(SqlWrite write, long from, long to, IReadOnlyCollection<double>? zValues, CancellationToken cancellationToken)
    {
        await using var command = write.Command(string.Empty).With("@from", from).With("@to", to);
        var layers = zValues is null ? string.Empty : $" AND {dialect.AnyOf(command, "z", "@zs", [.. zValues.Where(double.IsFinite)])}";
        command.CommandText =
            $"""
            INSERT INTO tile (stack_key, {TileColumns.Names})
            SELECT @to, {TileColumns.Names} FROM tile WHERE stack_key = @from{layers}
            ORDER BY row_id
            {TileColumns.UpsertClause}
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static int CompareIds(StackId a, StackId b)
    {
        var owner = string.CompareOrdinal(a.Owner, b.Owner);
        var project = string.CompareOrdinal(a.Project, b.Project);
        return owner != 0 ? owner : project != 0 ? project : string.CompareOrdinal(a.Stack, b.Stack);
    }
}
