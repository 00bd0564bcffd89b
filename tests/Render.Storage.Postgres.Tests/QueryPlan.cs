using Npgsql;

namespace Render.Storage.Postgres.Tests;

/// <summary>
/// The plan PostgreSQL chooses for a select. A table of a few rows is scanned whatever its
/// indexes; with scans priced out, the plan shows whether an index can answer the select at all.
/// </summary>
internal static class QueryPlan
{
    /// <summary>The plan of <paramref name="command"/>'s select (its text and parameters as built), every line joined.</summary>
    public static async Task<string> OfAsync(NpgsqlCommand command)
    {
        command.CommandText = "SET enable_seqscan = off; EXPLAIN " + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }
        while (await reader.NextResultAsync());
        return string.Join('\n', plan);
    }
}
