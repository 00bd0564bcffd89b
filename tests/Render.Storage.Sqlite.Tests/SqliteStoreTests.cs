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

    [Fact]
    public async Task Initialize_NewFile_Has16KiBPagesAndTheTwoMatchIndexesOfRender()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_temp.Folder, SqliteRenderStore.FileName)};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'match_pair' AND sql IS NOT NULL ORDER BY name)";
        var indexes = (string?)await command.ExecuteScalarAsync();

        Assert.Equal(16384, pageSize);
        Assert.Equal("match_pair_key,match_pair_q", indexes);
    }

    protected override Task<IRenderStore> CreateStoreAsync() => _temp.CreateAsync();

    protected override Task DisposeStoreAsync() => _temp.DeleteAsync();
}
