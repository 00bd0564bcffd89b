using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Render.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite database file (<c>render.sqlite</c>) in a data folder that is
/// created on first use. The schema is created and migrated by <see cref="InitializeAsync"/>.
/// </summary>
public sealed class SqliteRenderStore : IRenderStore
{
    /// <summary>The database file name inside the data folder.</summary>
    public const string FileName = "render.sqlite";

    private const int PageSize = 16384;

    private readonly SqliteDatabase _database;

    public SqliteRenderStore(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory = Path.GetFullPath(dataDirectory);
        _database = new SqliteDatabase(Path.Combine(DataDirectory, FileName));
        Stacks = new SqliteStackStore(_database);
        Tiles = new SqliteTileStore(_database);
        Matches = new SqliteMatchStore(_database);
    }

    /// <summary>The folder holding the database file.</summary>
    public string DataDirectory { get; }

    public IStackStore Stacks { get; }

    public ITileStore Tiles { get; }

    public IMatchStore Matches { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        await SetPageSizeAsync(cancellationToken).ConfigureAwait(false);
        await _database.WriteAsync(async (connection, transaction) =>
        {
            await connection.Command("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction)
                .RunAsync(cancellationToken).ConfigureAwait(false);
            var current = Convert.ToInt32(
                await connection.Command("SELECT coalesce(max(version), 0) FROM schema_version", transaction)
                    .ScalarAsync(cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (version, sql) in Migrations().Where(migration => migration.Version > current))
            {
                await connection.Command(sql, transaction).RunAsync(cancellationToken).ConfigureAwait(false);
                await connection.Command("INSERT INTO schema_version (version) VALUES (@v)", transaction).With("@v", version)
                    .RunAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        // WAL cannot be switched on inside a transaction; it is a property of the file and persists.
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.Command("PRAGMA journal_mode = WAL").ScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Pages of 16 KiB for a new file (SQLite ignores the setting once a table exists): a pair's
    /// matches (about 4 KB for 50 matches) would not fit a default 4 KiB page and spill to overflow pages.
    /// </summary>
    private async Task SetPageSizeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.Command($"PRAGMA page_size = {PageSize}").RunAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <summary>The numbered migration scripts (<c>Migrations/NNN_name.sql</c>) in order.</summary>
    private static IEnumerable<(int Version, string Sql)> Migrations()
    {
        var assembly = typeof(SqliteRenderStore).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: VersionOf(name), Sql: ReadResource(assembly, name)))
            .OrderBy(migration => migration.Version);
    }

    private static int VersionOf(string resourceName)
    {
        // "Render.Storage.Sqlite.Migrations.001_initial.sql" (MSBuild may prefix the digits with '_').
        var fileName = resourceName.Split('.')[^2].TrimStart('_');
        return int.Parse(fileName.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
