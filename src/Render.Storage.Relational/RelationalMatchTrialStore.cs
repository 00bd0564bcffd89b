using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>Match trials as JSON text in <c>match_trial</c>, keyed by (owner, trial_id); each write is one transaction.</summary>
internal sealed class RelationalMatchTrialStore(SqlDialect dialect) : IMatchTrialStore
{
    public async Task<bool> InsertAsync(string owner, string trialId, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return await dialect.WriteAsync(
                async write => await write.Command("INSERT INTO match_trial (owner, trial_id, trial) VALUES (@o, @i, @t)")
                    .With("@o", owner).With("@i", trialId).With("@t", json)
                    .RunAsync(cancellationToken).ConfigureAwait(false) == 1,
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task<string?> GetAsync(string owner, string trialId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.Command("SELECT trial FROM match_trial WHERE owner = @o AND trial_id = @i")
            .With("@o", owner).With("@i", trialId)
            .ScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT trial_id FROM match_trial WHERE owner = @o ORDER BY trial_id").With("@o", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task<bool> DeleteAsync(string owner, string trialId, CancellationToken cancellationToken) =>
        dialect.WriteAsync(
            async write => await write.Command("DELETE FROM match_trial WHERE owner = @o AND trial_id = @i")
                .With("@o", owner).With("@i", trialId)
                .RunAsync(cancellationToken).ConfigureAwait(false) > 0,
            cancellationToken);
}
