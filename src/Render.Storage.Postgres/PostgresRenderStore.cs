using Render.Storage.Relational;

namespace Render.Storage.Postgres;

/// <summary>
/// The server store: one PostgreSQL database, shared by any number of service processes. The
/// schema is created and migrated by <see cref="RelationalRenderStore.InitializeAsync"/>; processes
/// starting together take turns. Nothing is cached in the process: every answer comes from the
/// database.
/// </summary>
public sealed class PostgresRenderStore : RelationalRenderStore
{
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=render;Username=render</c>.</param>
    public PostgresRenderStore(string connectionString)
        : base(new PostgresDialect(connectionString))
    {
    }
}
