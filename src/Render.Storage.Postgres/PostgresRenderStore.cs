using System.Globalization;
using System.Text.RegularExpressions;

namespace Render.Storage.Postgres;

/// <summary>
/// The server store: one PostgreSQL database, shared by any number of service processes. The
/// schema is created and migrated by <see cref="InitializeAsync"/>; processes starting together
/// take turns through an advisory lock. Nothing is cached in the process: every answer comes from
/// the database.
/// </summary>
public sealed partial class PostgresRenderStore : IRenderStore
{
    /// <summary>The advisory lock key that serialises migrations (any constant unique to render).</summary>
    private const long MigrationLock = 0x72656e646572; // "render"

    private readonly PostgresDatabase _database;

    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=render;Username=render</c>.</param>
    public PostgresRenderStore(string connectionString)
    {
        _database = new PostgresDatabase(connectionString);
        Stacks = new PostgresStackStore(_database);
        Tiles = new PostgresTileStore(_database);
        Matches = new PostgresMatchStore(_database);
    }

    public IStackStore Stacks { get; }

    public ITileStore Tiles { get; }

    public IMatchStore Matches { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        _database.WriteAsync(async connection =>
        {
            await connection.Command("SELECT pg_advisory_xact_lock(@lock)").With("@lock", MigrationLock)
                .RunAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
                .RunAsync(cancellationToken).ConfigureAwait(false);
            var current = (int)(await connection.Command("SELECT coalesce(max(version), 0) FROM schema_version")
                .ScalarAsync(cancellationToken).ConfigureAwait(false))!;
            foreach (var (version, sql) in Migrations().Where(migration => migration.Version > current))
            {
                await connection.Command(sql).RunAsync(cancellationToken).ConfigureAwait(false);
                await connection.Command($"INSERT INTO schema_version (version) VALUES ({version})")
                    .RunAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>The numbered scripts embedded from <c>Migrations/NNN_name.sql</c>, lowest number first.</summary>
    internal static List<(int Version, string Sql)> Migrations()
    {
        var assembly = typeof(PostgresRenderStore).Assembly;
        var migrations = new List<(int Version, string Sql)>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild names a resource Folder.File, and may put '_' before a leading digit.
            if (MigrationName().Match(name) is { Success: true } match)
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                migrations.Add((int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), reader.ReadToEnd()));
            }
        }

        return [.. migrations.OrderBy(migration => migration.Version)];
    }

    [GeneratedRegex(@"\.Migrations\._?(\d{3})_\w+\.sql$")]
    private static partial Regex MigrationName();
}
