using NetVips;
using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Pixels;
using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Export.Tests;

/// <summary>
/// A stack made in the test: a folder of 8-bit PNG tiles with a smooth pattern (and optionally
/// masks), placed on a grid by integer translations, one set per layer. Deleted on dispose.
/// </summary>
internal sealed class TestStack : IDisposable
{
    private TestStack(string folder, List<TileSpec> tiles, int tileSize)
    {
        Folder = folder;
        Tiles = tiles;
        TileSize = tileSize;
    }

    public string Folder { get; }

    public List<TileSpec> Tiles { get; }

    public int TileSize { get; }

    public IEnumerable<TileSpec> Layer(double z) => Tiles.Where(t => t.Z == z);

    /// <summary><paramref name="columns"/> × <paramref name="rows"/> tiles of <paramref name="size"/> pixels per layer, <paramref name="step"/> apart, from (x0, y0).</summary>
    public static TestStack Create(
        int columns, int rows, int size, int step, double[] zValues, bool masks = false, double x0 = 0, double y0 = 0)
    {
        var folder = Directory.CreateTempSubdirectory("render-export-").FullName;
        var tiles = new List<TileSpec>();
        foreach (var z in zValues)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var id = $"z{z}-r{row}-c{column}";
                    var image = Path.Combine(folder, "images", $"{id}.png");
                    WritePattern(image, size, (int)z + (3 * row) + (7 * column));
                    string? mask = null;
                    if (masks)
                    {
                        mask = Path.Combine(folder, "masks", $"{id}.png");
                        WriteMask(mask, size);
                    }

                    double x = x0 + (column * step), y = y0 + (row * step);
                    tiles.Add(new TileSpec(
                        TileId: id, Z: z, MinX: x, MinY: y, MaxX: x + size, MaxY: y + size, Width: size, Height: size,
                        MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + image, MaskUrl: mask is null ? null : "file:" + mask)),
                        Transforms: new ListTransformSpec([new LeafTransformSpec(
                            "mpicbg.trakem2.transform.TranslationModel2D", FormattableString.Invariant($"{x} {y}"))])));
                }
            }
        }

        return new TestStack(folder, tiles, size);
    }

    public static StackMetaData Metadata(Bounds? bounds) => new(
        new StackId("o", "p", "s"),
        StackState.Complete,
        CurrentVersion: new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35),
        Stats: bounds is null ? null : new StackStats(bounds));

    public static Raster Read(string path) => ImageDecoder.Decode(File.ReadAllBytes(path), 0, path);

    /// <summary>A slow wave plus a per-tile offset (30 to 225): smooth enough that sub-pixel shifts between scales change it little.</summary>
    private static void WritePattern(string path, int size, int seed)
    {
        var pixels = new byte[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                pixels[(y * size) + x] = (byte)(90 + (seed * 5 % 40) + (60 * Math.Sin(x / 80.0) * Math.Cos(y / 100.0)) + (x * 40 / size));
            }
        }

        Save(path, pixels, size);
    }

    /// <summary>A mask that hides a band on the left of every tile.</summary>
    private static void WriteMask(string path, int size)
    {
        var pixels = new byte[size * size];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i % size < size / 8 ? 0 : 255);
        }

        Save(path, pixels, size);
    }

    private static void Save(string path, byte[] pixels, int size)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = Image.NewFromMemory(pixels, size, size, 1, Enums.BandFormat.Uchar);
        image.Pngsave(path);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
