using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Render.Storage.Postgres.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests of one process: initdb in a temporary folder, a
/// server on a free loopback port, stopped and removed when the process exits (and, should a test
/// process die first, by the next one). Each test class asks for a database of its own. PostgreSQL
/// refuses to run as root, so under root the cluster runs as the <c>postgres</c> user.
/// With <c>RENDER_TEST_POSTGRES</c> set to a connection string (of a user who may create
/// databases), that server is used instead. Shared by the PostgreSQL tests of several projects
/// (linked into them).
/// </summary>
public sealed class PostgresCluster
{
    /// <summary>An existing server to use instead of a throwaway cluster.</summary>
    public const string ServerVariable = "RENDER_TEST_POSTGRES";

    private const string FolderPrefix = "render-pg-";
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);
    private readonly string _adminConnectionString;
    private readonly (string Bin, string Folder, string Settings)? _own;

    private PostgresCluster(string adminConnectionString, (string Bin, string Folder, string Settings)? own = null)
    {
        _adminConnectionString = adminConnectionString;
        _own = own;
    }

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    /// <summary>
    /// A cluster of the caller's own (never an existing server), which it may stop and start again
    /// (<see cref="StopAsync"/>, <see cref="StartAgainAsync"/>) without disturbing other tests.
    /// </summary>
    public static Task<PostgresCluster> StartOwnAsync() => StartClusterAsync();

    /// <summary>Stops an own cluster's server as an operator would: sessions are ended, what was committed is kept.</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(Own.Bin, "pg_ctl"), ["stop", "-w", "-D", Path.Combine(Own.Folder, "data"), "-m", "fast"]);

    /// <summary>Starts an own cluster's server again on its port.</summary>
    public Task StartAgainAsync() =>
        RunAsync(Path.Combine(Own.Bin, "pg_ctl"), ["start", "-w", "-D", Path.Combine(Own.Folder, "data"), "-l", Path.Combine(Own.Folder, "log"), "-o", Own.Settings]);

    /// <summary>Stops an own cluster and deletes its folder.</summary>
    public Task DisposeOwnAsync() => Task.Run(() =>
    {
        try
        {
            Stop(Own.Bin, Own.Folder);
        }
        catch (InvalidOperationException)
        {
            // It was stopped already; its folder is gone all the same.
        }
    });

    private (string Bin, string Folder, string Settings) Own => _own ?? throw new InvalidOperationException("only a cluster of one's own can be stopped");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "render_test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what is still connected to it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server)
        {
            return new PostgresCluster(server);
        }

        return await StartClusterAsync();
    }

    private static async Task<PostgresCluster> StartClusterAsync()
    {
        RemoveAbandonedClusters();
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: the PostgreSQL store tests need initdb and pg_ctl (Debian: apt-get install postgresql; " +
            $".ci/run installs it), or {ServerVariable} set to the connection string of a server where they may create databases.");
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..(FolderPrefix.Length + 20)]);
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "render", "-E", "UTF8", "--locale=C", "--no-sync"]);
        var port = FreePort();

        // Durability is of no use to a throwaway cluster; the socket lives in the cluster's folder.
        var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["start", "-w", "-D", data, "-l", Path.Combine(folder, "log"), "-o", settings]);
        StopWhenThisProcessEnds(bin, folder);
        return new PostgresCluster($"Host=127.0.0.1;Port={port};Username=render;Database=postgres;Pooling=true;Include Error Detail=true", (bin, folder, settings));
    }

    /// <summary>The folder of initdb and pg_ctl: from PATH, else the newest of Debian's /usr/lib/postgresql/N/bin.</summary>
    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "initdb"))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            // Debian links initdb into /usr/local/bin or similar; pg_ctl is beside the real file.
            var real = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
            return Path.GetDirectoryName(real);
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.EnumerateDirectories(debian)
                .Select(version => Path.Combine(version, "bin"))
                .Where(folder => File.Exists(Path.Combine(folder, "initdb")))
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(Path.GetDirectoryName(folder)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(string bin, string folder)
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["stop", "-D", Path.Combine(folder, "data"), "-m", "immediate"]);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    /// <summary>Deletes the cluster's folder; the last server processes may still be closing files for a moment.</summary>
    private static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Leaves a watcher behind that stops the server and deletes the folder once this process has
    /// gone. The test host cannot do it itself: it is ended as soon as the tests report, before an
    /// exit handler could finish, and it may be killed.
    /// </summary>
    private static void StopWhenThisProcessEnds(string bin, string folder)
    {
        var pgCtl = (Environment.IsPrivilegedProcess ? "runuser -u postgres -- " : string.Empty) + $"'{Path.Combine(bin, "pg_ctl")}'";
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {Environment.ProcessId}; do sleep 0.2; done
            {pgCtl} stop -D '{Path.Combine(folder, "data")}' -m immediate
            rm -rf '{folder}'
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var watcher = Process.Start(start);
    }

    /// <summary>Stops and removes the clusters of test processes that died before they could (their folder names carry the pid).</summary>
    private static void RemoveAbandonedClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !Directory.Exists($"/proc/{id}")
                && FindBinaries() is { } bin)
            {
                try
                {
                    Stop(bin, folder);
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
                {
                    // Someone else's, or already half gone: leave it.
                }
            }
        }
    }

    private static Task RunAsync(string program, string[] arguments, bool asPostgres = true) =>
        Task.Run(() => Run(program, arguments, asPostgres));

    private static void Run(string program, string[] arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo(asPostgres && Environment.IsPrivilegedProcess ? "runuser" : program)
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
