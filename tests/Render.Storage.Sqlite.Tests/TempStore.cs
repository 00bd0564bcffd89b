namespace Render.Storage.Sqlite.Tests;

/// <summary>An embedded store in a temporary folder, removed afterwards.</summary>
internal sealed class TempStore
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "render-store-tests-" + Guid.NewGuid().ToString("N"));

    public Task<IRenderStore> CreateAsync() => Task.FromResult<IRenderStore>(new SqliteRenderStore(Folder));

    public Task DeleteAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
