namespace Render.Storage.Postgres.Tests;

/// <summary>A PostgreSQL store on a fresh database of the test cluster, dropped afterwards.</summary>
internal sealed class TempDatabase
{
    public string ConnectionString { get; private set; } = null!;

    public async Task<IRenderStore> CreateAsync()
    {
        ConnectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync();
        return new PostgresRenderStore(ConnectionString);
    }

    public async Task DropAsync() => await (await PostgresCluster.GetAsync()).DropDatabaseAsync(ConnectionString);
}
