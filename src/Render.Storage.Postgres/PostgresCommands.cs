using Npgsql;
using NpgsqlTypes;

namespace Render.Storage.Postgres;

/// <summary>Small conveniences over Npgsql commands.</summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql) => new(sql, connection);

    /// <summary>
    /// Adds a double; NaN becomes NULL, as in the embedded store (where NaN cannot be stored): NULL
    /// equals nothing, like NaN in C#, whereas PostgreSQL's NaN equals NaN.
    /// </summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, double? value) =>
        command.WithTyped(name, value is { } v && !double.IsNaN(v) ? v : null, NpgsqlDbType.Double);

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, string? value) =>
        command.WithTyped(name, value, NpgsqlDbType.Text);

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, long value) =>
        command.WithTyped(name, value, NpgsqlDbType.Bigint);

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, byte[] value) =>
        command.WithTyped(name, value, NpgsqlDbType.Bytea);

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, string[] value) =>
        command.WithTyped(name, value, NpgsqlDbType.Array | NpgsqlDbType.Text);

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, byte[][] value) =>
        command.WithTyped(name, value, NpgsqlDbType.Array | NpgsqlDbType.Bytea);

    public static NpgsqlCommand WithFlag(this NpgsqlCommand command, string name, bool value) =>
        command.WithTyped(name, value, NpgsqlDbType.Boolean);

    public static NpgsqlCommand WithDoubles(this NpgsqlCommand command, string name, double[] value) =>
        command.WithTyped(name, value, NpgsqlDbType.Array | NpgsqlDbType.Double);

    public static async Task<int> RunAsync(this NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<object?> ScalarAsync(this NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    public static double? NullableDouble(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static string? NullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Typed, so that a NULL value still tells PostgreSQL the parameter's type.</summary>
    private static NpgsqlCommand WithTyped(this NpgsqlCommand command, string name, object? value, NpgsqlDbType type)
    {
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        return command;
    }
}
