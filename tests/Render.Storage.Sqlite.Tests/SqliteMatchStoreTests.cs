using Microsoft.Data.Sqlite;
using Render.Storage.Relational;
using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

public sealed class SqliteMatchStoreTests : MatchStoreContract<TempStore>
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
        await using var connection = new SqliteConnection($"Data Source={Temporary.File}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT * FROM match_pair WHERE {MatchQuerySql.Where(command, 1, new MatchQuery(kind, "a", "1", "b", "1"))} {MatchQuerySql.OrderBy}";

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN match_pair", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("USING", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindAndUpdateMatchCounts_MatchesStoredAsJsonBeforePacking_ReadAndCounted()
    {
        await Store.Matches.SaveAsync(Collection, [Pair("z", "1", "z", "2")], default);
        await using (var connection = new SqliteConnection($"Data Source={Temporary.File}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText =
                """
                INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, matches)
                SELECT collection_key, 'a', 'b', '1', '1', CAST('{"p":[[1.0,2]],"q":[[0.50,3]],"w":[1,1]}' AS BLOB) FROM match_collection
                """;
            await insert.ExecuteNonQueryAsync();
        }

        Assert.True(await Store.Matches.UpdateMatchCountsAsync(Collection, "a", default));

        var pair = await Store.Matches.FindAsync(Collection, MatchQuery.WithPGroup("a"), includeMatches: true, default).SingleAsync();
        Assert.Equal("""{"p":[[1.0,2]],"q":[[0.50,3]],"w":[1,1]}""", Model.Json.RenderJson.Serialize(pair.Matches));
        Assert.Equal(2, pair.MatchCount);
    }
}
