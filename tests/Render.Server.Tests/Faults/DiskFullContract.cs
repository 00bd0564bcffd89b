using System.Net;
using Npgsql;
using Render.Server.Tests.Harness;
using Render.Storage.Postgres.Tests;

namespace Render.Server.Tests.Faults;

/// <summary>
/// A store on a small disk the test fills up: imports are answered 507 with a plain sentence and
/// leave nothing behind, reads go on, and once space is free again the same imports succeed.
/// </summary>
public abstract class DiskFullContract
{
    private const int Small = 10;
    private const int Large = 2000;

    /// <summary>The size of the disk, room for an empty store and the small imports.</summary>
    protected abstract int DiskMegabytes { get; }

    [SmallDiskFact]
    public async Task Import_OnAFullDisk_Is507AndWritesNothing_AndSucceedsOnceSpaceIsFree()
    {
        using var disk = SmallDisk.Mount(DiskMegabytes);
        try
        {
            await using var server = await OptionsServer.StartAsync(await StoreOnAsync(disk));
            var api = new RenderApi(server.Client);
            var stack = RenderApi.NewStackPath(prefix: "full");
            var collection = MatchApi.CollectionPath(MatchApi.NewOwner(), "full");
            await api.CreateStackAsync(stack);
            await api.ImportAsync(stack, Batches.Layer(1, Small), deriveData: false);
            await api.ImportAsync(collection, Batches.Pairs("1", Small));

            disk.FillUp();
            var tiles = await RenderApi.ReadAsync(api.PutAsync($"{stack}/resolvedTiles", Batches.Layer(2, Large)));
            var matches = await RenderApi.ReadAsync(api.PutAsync($"{collection}/matches", Batches.Pairs("2", Large)));

            var full = ((HttpStatusCode)507, "The server's disk is full; nothing was written.");
            Assert.Equal(full, tiles);
            Assert.Equal(full, matches);
            Assert.Equal("[1.0]", await api.GetTextAsync($"{stack}/zValues"));
            Assert.Equal(Small, (await api.GetJsonAsync($"{stack}/z/1/tileBounds")).AsArray().Count);
            Assert.Equal("[\"1\"]", await api.GetTextAsync($"{collection}/pGroupIds"));

            disk.Free();
            await api.ImportAsync(stack, Batches.Layer(2, Large), deriveData: false);
            await api.ImportAsync(collection, Batches.Pairs("2", Large));
            Assert.Equal(Large, (await api.GetJsonAsync($"{stack}/z/2/tileBounds")).AsArray().Count);
            Assert.Equal(Large, (await api.GetJsonAsync($"{collection}/group/2/matchesWithinGroup")).AsArray().Count);
        }
        finally
        {
            await RemoveStoreAsync();
        }
    }

    /// <summary>Server options whose store keeps its data on <paramref name="disk"/>.</summary>
    protected abstract Task<RenderServerOptions> StoreOnAsync(SmallDisk disk);

    protected virtual Task RemoveStoreAsync() => Task.CompletedTask;
}

public sealed class DiskFullSqliteTests : DiskFullContract
{
    protected override int DiskMegabytes => 8;

    protected override Task<RenderServerOptions> StoreOnAsync(SmallDisk disk) =>
        Task.FromResult(new RenderServerOptions { DataDirectory = Path.Combine(disk.Path, "data") });

    protected override Task RemoveStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The database lives in a tablespace on the small disk (its WAL stays on the cluster's own disk),
/// in a cluster of this test's own: while the disk is full, a checkpoint of a shared cluster (every
/// DROP DATABASE asks for one) could fail another test's cleanup.
/// </summary>
public sealed class DiskFullPostgresTests : DiskFullContract
{
    private const string Name = "render_full";
    private PostgresCluster? _cluster;
    private string? _admin;

    /// <summary>An empty PostgreSQL 15 database takes about 8 MB.</summary>
    protected override int DiskMegabytes => 24;

    protected override async Task<RenderServerOptions> StoreOnAsync(SmallDisk disk)
    {
        var folder = Path.Combine(disk.Path, "pg");
        Directory.CreateDirectory(folder);
        if (Environment.IsPrivilegedProcess)
        {
            SmallDisk.GiveToPostgres(folder);
        }

        _cluster = await PostgresCluster.StartOwnAsync();
        _admin = await _cluster.CreateDatabaseAsync();
        await ExecuteAsync($"CREATE TABLESPACE {Name} LOCATION '{folder}'");
        await ExecuteAsync($"CREATE DATABASE {Name} TABLESPACE {Name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        return new RenderServerOptions { DatabaseConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString };
    }

    protected override async Task RemoveStoreAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeOwnAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
