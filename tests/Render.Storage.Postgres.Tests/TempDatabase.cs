using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

/// <summary>A PostgreSQL store on a fresh database of the test cluster, dropped afterwards.</summary>
public sealed class TempDatabase : ITemporaryStore
{
    public string ConnectionString { get; private set; } = null!;

    public async Task<IRenderStore> CreateAsync()
    {
        ConnectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync();
        return new PostgresRenderStore(ConnectionString);
    }

    public async Task DeleteAsync() => await (await PostgresCluster.GetAsync()).DropDatabaseAsync(ConnectionString);
}
