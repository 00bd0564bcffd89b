using System.Data;
using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>Small conveniences over ADO.NET commands, the same on every engine.</summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Adds a double; NaN becomes NULL: SQLite cannot store NaN, and PostgreSQL's NaN equals NaN,
    /// whereas NULL equals nothing, like NaN in C#.
    /// </summary>
    public static DbCommand With(this DbCommand command, string name, double? value) =>
        command.WithTyped(name, value is { } v && !double.IsNaN(v) ? v : null, DbType.Double);

    public static DbCommand With(this DbCommand command, string name, string? value) => command.WithTyped(name, value, DbType.String);

    public static DbCommand With(this DbCommand command, string name, long value) => command.WithTyped(name, value, DbType.Int64);

    public static DbCommand With(this DbCommand command, string name, byte[] value) => command.WithTyped(name, value, DbType.Binary);

    /// <summary>A parameter whose value a loop sets before each run of a prepared command.</summary>
    public static DbParameter Parameter(this DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static async Task<int> RunAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first column of the first row, null for none or NULL.</summary>
    public static async Task<object?> ScalarAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    /// <summary>An integer scalar (engines answer counts and keys as different integer types).</summary>
    public static async Task<long?> LongAsync(this DbCommand command, CancellationToken cancellationToken) =>
        await command.ScalarAsync(cancellationToken).ConfigureAwait(false) is { } value
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static double? NullableDouble(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static byte[]? NullableBytes(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);

    /// <summary>A double for a parameter of a prepared command: NULL for null, and for NaN (see <see cref="With(DbCommand, string, double?)"/>).</summary>
    public static object DoubleValue(double? value) => value is { } v && !double.IsNaN(v) ? v : DBNull.Value;

    /// <summary>A value for a parameter of a prepared command: NULL for null.</summary>
    public static object Value(object? value) => value ?? DBNull.Value;

    /// <summary>Typed, so that a NULL value still tells the engine the parameter's type.</summary>
    private static DbCommand WithTyped(this DbCommand command, string name, object? value, DbType type)
    {
        command.Parameter(name, type).Value = value ?? DBNull.Value;
        return command;
    }
}
