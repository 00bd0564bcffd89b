using Render.Model.Tiles;

namespace Render.Export.Rendering;

/// <summary>
/// render's LabelImageProcessorCache colours (BoxClient --label, for Kazhdan's DMG tools): each tile
/// of a layer gets a 16-bit label <c>(green &lt;&lt; 8) | blue</c> with green and blue from 1 to 253,
/// taken from the 64,009 such values shuffled as <c>Collections.shuffle(list, new Random(99))</c>
/// does, in tileId order, so that a resumed run gives every tile the same label. Tiles are keyed by
/// their first channel's level-0 image URL, as render keys them.
/// </summary>
public sealed class LabelColors
{
    /// <summary>The value of pixels no tile covers (render's MAX_LABEL_INTENSITY, white).</summary>
    public const ushort Empty = ushort.MaxValue;

    private static readonly Lazy<ushort[]> Shuffled = new(BuildShuffled);

    private readonly Dictionary<string, ushort> _byImage;

    /// <summary>The labels of a layer's tiles (all of them, not only one box's).</summary>
    /// <exception cref="ArgumentException">More tiles than labels, or a tile without a level-0 image.</exception>
    public LabelColors(IEnumerable<TileSpec> layerTiles)
    {
        ArgumentNullException.ThrowIfNull(layerTiles);
        var tiles = layerTiles.OrderBy(t => t.TileId, StringComparer.Ordinal).ToList();
        var labels = Shuffled.Value;
        if (tiles.Count > labels.Length)
        {
            throw new ArgumentException($"{tiles.Count} tile specs were specified but color model can only support a maximum of {labels.Length} distinct labels");
        }

        _byImage = new Dictionary<string, ushort>(tiles.Count, StringComparer.Ordinal);
        for (var i = 0; i < tiles.Count; i++)
        {
            _byImage[ImageKey(tiles[i])] = labels[i];
        }
    }

    /// <summary>The shuffled label list (render's buildColorList), for tests.</summary>
    public static IReadOnlyList<ushort> All => Shuffled.Value;

    /// <summary>The label of the tile whose first channel's level-0 image is <paramref name="imageUrl"/>.</summary>
    /// <exception cref="ArgumentException">No tile of the layer has that image.</exception>
    public ushort For(string imageUrl) =>
        _byImage.TryGetValue(imageUrl, out var label) ? label : throw new ArgumentException($"no label color defined for {imageUrl}");

    private static string ImageKey(TileSpec tile) =>
        (tile.GetFirstMipmapEntry() ?? throw new ArgumentException($"tile '{tile.TileId}' does not have any mipmap levels")).Value.ImageUrl
        ?? throw new ArgumentException($"tile '{tile.TileId}' has no level-0 image");

    private static ushort[] BuildShuffled()
    {
        var list = new ushort[253 * 253];
        var n = 0;
        for (var green = 1; green < 254; green++)
        {
            for (var blue = 1; blue < 254; blue++)
            {
                list[n++] = (ushort)((green << 8) | blue);
            }
        }

        // java.util.Collections.shuffle(list, new Random(99)): from the end, swap with a random earlier index.
        var random = new JavaRandom(99);
        for (var i = list.Length; i > 1; i--)
        {
            var j = random.NextInt(i);
            (list[i - 1], list[j]) = (list[j], list[i - 1]);
        }

        return list;
    }
}
