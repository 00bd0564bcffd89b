using Microsoft.Data.Sqlite;
using Npgsql;

namespace Render.Server.Errors;

/// <summary>
/// Conditions of the machine or the database that a request meets through an engine's own
/// exception: a full disk (507) and a database that cannot serve now (503). Each looks through the
/// whole chain of inner exceptions, since the engines and ASP.NET wrap one another.
/// </summary>
internal static class StoreConditions
{
    /// <summary>SQLite's SQLITE_FULL.</summary>
    private const int SqliteFull = 13;

    /// <summary>SQLite's SQLITE_IOERR, which some writes on a full disk give instead (growing the WAL index, for one).</summary>
    private const int SqliteIoError = 10;

    /// <summary>Less free space than this on the data folder's disk counts as none.</summary>
    private const long NearlyFull = 1L << 20;

    /// <summary>SQLite's SQLITE_BUSY and SQLITE_LOCKED: another writer held the database beyond the wait.</summary>
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Linux's ENOSPC and EDQUOT, which .NET reports as the IOException's HResult on Unix.</summary>
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;

    /// <summary>Windows' ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL, as HRESULTs of facility Win32.</summary>
    private const int HandleDiskFull = unchecked((int)0x80070027);
    private const int DiskFull = unchecked((int)0x80070070);

    /// <summary>
    /// True when the disk (or the database's) is full: nothing more can be written. An SQLite I/O
    /// error counts when the disk of <paramref name="dataDirectory"/> has (nearly) no room left.
    /// </summary>
    public static bool IsDiskFull(Exception exception, string? dataDirectory) => Chain(exception).Any(e => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull || (sqlite.SqliteErrorCode == SqliteIoError && HasNoRoom(dataDirectory)),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DiskFull,
        IOException io => io.HResult is NoSpace or QuotaExceeded or HandleDiskFull or DiskFull,
        _ => false,
    });

    /// <summary>True when the database cannot be reached or is shutting down: the request may succeed later.</summary>
    public static bool IsDatabaseUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.ConnectionException or PostgresErrorCodes.ConnectionFailure
            or PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection or PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection,

        // Not an answer of the server but a failure to talk to it: refused, reset, timed out.
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    });

    /// <summary>True when SQLite gave up waiting for another writer.</summary>
    public static bool IsDatabaseBusy(Exception exception) =>
        Chain(exception).Any(e => e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked });

    private static bool HasNoRoom(string? dataDirectory)
    {
        try
        {
            return dataDirectory is not null && Directory.Exists(dataDirectory) && new DriveInfo(dataDirectory).AvailableFreeSpace < NearlyFull;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
