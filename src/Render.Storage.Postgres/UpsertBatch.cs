using Npgsql;
using NpgsqlTypes;

namespace Render.Storage.Postgres;

/// <summary>Preparing a batch of rows for a binary COPY into a staging table and one upsert from it.</summary>
internal static class UpsertBatch
{
    /// <summary>
    /// The items with one per key, each at the place of its key's first item with its key's last
    /// value: what saving them one after another leaves (PostgreSQL refuses to upsert one row twice
    /// in one statement). Items without a key are kept, for the database to refuse.
    /// </summary>
    public static List<T> LastOfEach<T, TKey>(IEnumerable<T> items, Func<T, TKey?> keyOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var unique = new List<T>();
        var places = new Dictionary<TKey, int>(comparer);
        foreach (var item in items)
        {
            if (keyOf(item) is not { } key)
            {
                unique.Add(item);
            }
            else if (places.TryGetValue(key, out var place))
            {
                unique[place] = item;
            }
            else
            {
                places.Add(key, unique.Count);
                unique.Add(item);
            }
        }

        return unique;
    }

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, byte[]? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Bytea, cancellationToken);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, int? value, CancellationToken cancellationToken) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    /// <summary>NaN is written as NULL, as the embedded store stores it (see <see cref="PostgresCommands"/>).</summary>
    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter copy, double? value, CancellationToken cancellationToken) =>
        value is { } v && !double.IsNaN(v)
            ? copy.WriteAsync(v, NpgsqlDbType.Double, cancellationToken)
            : copy.WriteNullAsync(cancellationToken);
}
