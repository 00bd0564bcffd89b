using Npgsql;
using NpgsqlTypes;

namespace Render.Storage.Postgres;

/// <summary>Writing nullable columns of a binary COPY row.</summary>
internal static class CopyRows
{
    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, byte[]? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Bytea, cancellationToken);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, int? value, CancellationToken cancellationToken) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    /// <summary>NaN is written as NULL, as every parameter is (see <c>SqlCommands.With</c>).</summary>
    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, double? value, CancellationToken cancellationToken) =>
        value is { } v && !double.IsNaN(v)
            ? copy.WriteAsync(v, NpgsqlDbType.Double, cancellationToken)
            : copy.WriteNullAsync(cancellationToken);
}
