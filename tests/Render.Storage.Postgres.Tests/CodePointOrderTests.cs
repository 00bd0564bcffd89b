using Npgsql;
using Render.Storage.Relational;

namespace Render.Storage.Postgres.Tests;

/// <summary>The code-point order of the shared store against PostgreSQL's "C" collation (its own cases: Render.Storage.Relational.Tests).</summary>
public sealed class CodePointOrderTests
{
    [Fact]
    public async Task Sort_IdsAcrossThePlanes_MatchesTheKeyIndexOrder()
    {
        string[] ids = ["t.1", "t.10", "t.2", "T", "é", "\uD7FF", "\uE000", "\uFFFD", "\U00010000", "\U0001F600", "a\U0001F600", "a\uFFFD", "a"];
        var cluster = await PostgresCluster.GetAsync();
        var connectionString = await cluster.CreateDatabaseAsync();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id FROM unnest(@ids) AS id ORDER BY id COLLATE \"C\"", connection);
            command.Parameters.AddWithValue("@ids", ids);
            var database = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    database.Add(reader.GetString(0));
                }
            }

            Assert.Equal(database, ids.Order(CodePointOrder.Instance));
            Assert.Equal((database[0], database[^1]), CodePointOrder.Instance.Range(ids));
        }
        finally
        {
            await cluster.DropDatabaseAsync(connectionString);
        }
    }
}
