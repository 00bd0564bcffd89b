using Npgsql;
using Render.Storage.Relational;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

public sealed class PostgresMatchStoreTests : MatchStoreContract<TempDatabase>
{
    [Theory]
    [InlineData(MatchQueryKind.WithPGroup)]
    [InlineData(MatchQueryKind.WithinGroup)]
    [InlineData(MatchQueryKind.OutsideGroup)]
    [InlineData(MatchQueryKind.BetweenGroups)]
    [InlineData(MatchQueryKind.BetweenCanvases)]
    [InlineData(MatchQueryKind.CanvasWithGroup)]
    [InlineData(MatchQueryKind.InvolvingCanvas)]
    public async Task QueryPlan_EachShape_UsesAnIndexNotATableScan(MatchQueryKind kind)
    {
        await Store.Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1")], default);
        await using var connection = new NpgsqlConnection(Temporary.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM match_pair WHERE {MatchQuerySql.Where(command, 1, new MatchQuery(kind, "a", "1", "b", "1"))} {MatchQuerySql.OrderBy}";

        var plan = await QueryPlan.OfAsync(command);

        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.Contains("match_pair_", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NewPairsThatAnotherSaveStoresMeanwhile_ReplacesThemInstead()
    {
        await Store.Matches.SaveAsync(Collection, [Pair("z", "1", "z", "2")], default);

        // Another save has stored a.1-b.1 but not committed yet: the check sees no pair in the
        // batch's range, so the batch is copied, and the copy waits on that key.
        await using var other = new NpgsqlConnection(Temporary.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, match_count) SELECT collection_key, 'a', 'b', '1', '1', 7 FROM match_collection",
            other, transaction))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var save = Store.Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weight: 5), Pair("a", "2", "b", "1")], default);
        await WaitUntilABackendWaitsForALockAsync();
        await transaction.CommitAsync();
        await save;

        var pairs = new List<Model.PointMatches.CanvasMatches>();
        await foreach (var pair in Store.Matches.FindAsync(Collection, MatchQuery.WithPGroup("a"), includeMatches: true, default))
        {
            pairs.Add(pair);
        }

        Assert.Equal(["1", "2"], pairs.Select(pair => pair.PId));
        Assert.Equal([5.0], pairs[0].Matches!.W!);
        Assert.Null(pairs[0].MatchCount);
    }

    [Fact]
    public async Task FindAndUpdateMatchCounts_MatchesStoredAsJsonBeforePacking_ReadAndCounted()
    {
        await Store.Matches.SaveAsync(Collection, [Pair("z", "1", "z", "2")], default);
        await using (var connection = new NpgsqlConnection(Temporary.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, matches)
                SELECT collection_key, 'a', 'b', '1', '1', convert_to('{"p":[[1.0,2]],"q":[[0.50,3]],"w":[1,1]}', 'UTF8') FROM match_collection
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.True(await Store.Matches.UpdateMatchCountsAsync(Collection, "a", default));

        var pair = await Store.Matches.FindAsync(Collection, MatchQuery.WithPGroup("a"), includeMatches: true, default).SingleAsync();
        Assert.Equal("""{"p":[[1.0,2]],"q":[[0.50,3]],"w":[1,1]}""", Model.Json.RenderJson.Serialize(pair.Matches));
        Assert.Equal(2, pair.MatchCount);
    }

    private async Task WaitUntilABackendWaitsForALockAsync()
    {
        await using var connection = new NpgsqlConnection(Temporary.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        for (var attempt = 0; (long)(await command.ExecuteScalarAsync())! == 0; attempt++)
        {
            Assert.True(attempt < 200, "the save never waited for the other transaction's key");
            await Task.Delay(25);
        }
    }
}
