using Microsoft.Extensions.Logging;
using Render.Storage.Postgres.Tests;

namespace Render.Server.Tests.Harness;

/// <summary>The PostgreSQL store on a fresh database of the test process's throwaway cluster.</summary>
public sealed class PostgresServerFixture : ServerFixture
{
    private string? _connectionString;

    protected override async Task<RenderServerOptions> CreateOptionsAsync()
    {
        _connectionString = await (await PostgresCluster.GetAsync().ConfigureAwait(false)).CreateDatabaseAsync().ConfigureAwait(false);
        return new RenderServerOptions { Port = 0, DatabaseConnectionString = _connectionString, LogLevel = LogLevel.Warning };
    }

    protected override async Task DisposeStoreAsync()
    {
        if (_connectionString is not null)
        {
            await (await PostgresCluster.GetAsync().ConfigureAwait(false)).DropDatabaseAsync(_connectionString).ConfigureAwait(false);
        }
    }
}
