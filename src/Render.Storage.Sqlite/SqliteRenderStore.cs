using Render.Storage.Relational;

namespace Render.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite database file (<c>render.sqlite</c>) in a data folder that is
/// created on first use. The schema is created and migrated by <see cref="RelationalRenderStore.InitializeAsync"/>.
/// </summary>
public sealed class SqliteRenderStore : RelationalRenderStore
{
    /// <summary>The database file name inside the data folder.</summary>
    public const string FileName = "render.sqlite";

    public SqliteRenderStore(string dataDirectory)
        : base(new SqliteDialect(Path.Combine(FullPath(dataDirectory), FileName))) => DataDirectory = FullPath(dataDirectory);

    /// <summary>The folder holding the database file.</summary>
    public string DataDirectory { get; }

    private static string FullPath(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return Path.GetFullPath(dataDirectory);
    }
}
