using Npgsql;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

public sealed class PostgresStackStoreTests : StackStoreContract<TempDatabase>
{
    [Fact]
    public async Task Initialize_ByManyStoresAtOnce_MigratesOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresRenderStore(Temporary.ConnectionString)).ToList();

        await Task.WhenAll(stores.Select(store => store.InitializeAsync(None)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(Temporary.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        var versions = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                versions.Add(reader.GetInt32(0));
            }
        }

        Assert.Equal([1, 2, 3, 4, 5], versions);
    }
}
