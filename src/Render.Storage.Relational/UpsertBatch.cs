namespace Render.Storage.Relational;

/// <summary>Preparing a batch of rows for one upsert.</summary>
internal static class UpsertBatch
{
    /// <summary>
    /// The items with one per key, each at the place of its key's first item with its key's last
    /// value: what saving them one after another leaves, on every engine (PostgreSQL refuses to
    /// upsert one row twice in one statement, SQLite would replace it in turn).
    /// </summary>
    public static List<T> LastOfEach<T, TKey>(IEnumerable<T> items, Func<T, TKey> keyOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var unique = new List<T>();
        var places = new Dictionary<TKey, int>(comparer);
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (places.TryGetValue(key, out var place))
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
}
