using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

/// <summary>An embedded store in a temporary folder, removed afterwards.</summary>
public sealed class TempStore : ITemporaryStore
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "render-store-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The database file.</summary>
    public string File => Path.Combine(Folder, SqliteRenderStore.FileName);

    public Task<IRenderStore> CreateAsync() => Task.FromResult<IRenderStore>(new SqliteRenderStore(Folder));

    public Task DeleteAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
