using Microsoft.Data.Sqlite;
using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

public sealed class SqliteStackStoreTests : StackStoreContract<TempStore>
{
    [Fact]
    public void Initialize_CreatesTheFile()
    {
        Assert.True(File.Exists(Temporary.File));
    }

    [Fact]
    public async Task Initialize_NewFile_Has16KiBPagesWalAndTheTwoMatchIndexesOfRender()
    {
        await using var connection = new SqliteConnection($"Data Source={Temporary.File};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA journal_mode";
        var journal = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'match_pair' AND sql IS NOT NULL ORDER BY name)";
        var indexes = (string?)await command.ExecuteScalarAsync();

        Assert.Equal(16384, pageSize);
        Assert.Equal("wal", journal);
        Assert.Equal("match_pair_key,match_pair_q", indexes);
    }
}
