using System.Runtime.CompilerServices;
using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Storage;

/// <summary>Stored tile specs (their canonical JSON) parsed back into the model, the same way for every store.</summary>
public static class StoredTileJson
{
    /// <summary>Rows parsed together; big enough to share between cores, small enough to stream.</summary>
    private const int ParseBatch = 256;

    /// <summary>One stored spec parsed.</summary>
    public static TileSpec Parse(byte[] json) => RenderJson.Parse<TileSpec>(json).GetValueOrThrow();

    /// <summary>
    /// The rows parsed, in order. Parsing dominates a layer read: rows are taken in batches and
    /// parsed on all cores, so memory stays bounded by the batch.
    /// </summary>
    public static async IAsyncEnumerable<TileSpec> ParseAsync(IAsyncEnumerable<byte[]> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in rows.Chunk(ParseBatch).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var tile in ParseAll(batch))
            {
                yield return tile;
            }
        }
    }

    private static TileSpec[] ParseAll(byte[][] rows)
    {
        var tiles = new TileSpec[rows.Length];
        if (rows.Length < 32)
        {
            for (var i = 0; i < tiles.Length; i++)
            {
                tiles[i] = Parse(rows[i]);
            }
        }
        else
        {
            Parallel.For(0, tiles.Length, i => tiles[i] = Parse(rows[i]));
        }

        return tiles;
    }
}
