using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : StackAndTileStoreContract
{
    private readonly TempStore _temp = new();

    [Fact]
    public void Initialize_CreatesTheFile()
    {
        Assert.True(File.Exists(Path.Combine(_temp.Folder, SqliteRenderStore.FileName)));
    }

    protected override Task<IRenderStore> CreateStoreAsync() => _temp.CreateAsync();

    protected override Task DisposeStoreAsync() => _temp.DeleteAsync();
}
