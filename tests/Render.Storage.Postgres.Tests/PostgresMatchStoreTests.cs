using Npgsql;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

public sealed class PostgresMatchStoreTests : MatchStoreContract
{
    private readonly TempDatabase _database = new();

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
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();

        // A one-row table is scanned whatever the indexes; with scans priced out, the plan shows
        // whether an index can answer the shape at all.
        command.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT * FROM match_pair WHERE " +
            $"{PostgresMatchQuery.Where(command, 1, new MatchQuery(kind, "a", "1", "b", "1"))} {PostgresMatchQuery.OrderBy}";

        var plan = await PostgresStoreTests.ReadPlanAsync(command);

        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.Contains("match_pair_", plan, StringComparison.Ordinal);
    }

    protected override Task<IRenderStore> CreateStoreAsync() => _database.CreateAsync();

    protected override Task DisposeStoreAsync() => _database.DropAsync();
}
