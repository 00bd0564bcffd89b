using Render.Geometry.Transforms;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Matching.Tests;

/// <summary>
/// A textured world (seeded noise smoothed at two scales, like stained tissue at low magnification)
/// and tiles cut from it through known local-to-world affines, served to the renderer from memory.
/// </summary>
internal sealed class SyntheticWorld : ITileImageLoader
{
    private readonly float[] _world;
    private readonly Dictionary<string, Raster> _images = [];

    public SyntheticWorld(int width, int height, int seed)
    {
        (Width, Height) = (width, height);
        var random = new Random(seed);
        var fine = Smooth([.. Enumerable.Range(0, width * height).Select(_ => (float)random.NextDouble())], width, height, 2);
        var coarse = Smooth([.. Enumerable.Range(0, width * height).Select(_ => (float)random.NextDouble())], width, height, 9);
        _world = new float[width * height];
        for (var i = 0; i < _world.Length; i++)
        {
            _world[i] = (fine[i] * 2) + (coarse[i] * 5);
        }

        Stretch(_world);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A tile of <paramref name="width"/> × <paramref name="height"/> whose pixel (u, v) shows the world at <paramref name="toWorld"/>(u, v).</summary>
    public TileSpec Tile(string id, int width, int height, AffineModel2D toWorld)
    {
        var pixels = PixelBuffer<ushort>.Allocate(width, height);
        for (var v = 0; v < height; v++)
        {
            for (var u = 0; u < width; u++)
            {
                double x = u, y = v;
                toWorld.ApplyInPlace(ref x, ref y);
                pixels[u, v] = (ushort)Math.Clamp(Math.Round(Sample(x, y)), 0, 255);
            }
        }

        _images[id] = Raster.OfGray(pixels, sixteenBit: false);
        return new TileSpec(TileId: id, Z: 1, Width: width, Height: height, MinIntensity: 0, MaxIntensity: 255, Layout: new LayoutData(SectionId: "1.0"),
            MipmapLevels: new MipmapLevelDictionary(new SortedDictionary<int, ImageAndMask> { [0] = new ImageAndMask(ImageUrl: "mem://" + id) }));
    }

    /// <summary>The tile in its own pixels: what render's normalised tile canvases show.</summary>
    public static RenderParameters LocalCanvas(TileSpec tile) =>
        new(X: 0, Y: 0, Width: (int)tile.Width!.Value, Height: (int)tile.Height!.Value, TileSpecs: [tile with { Transforms = Render.Model.Transforms.ListTransformSpec.Empty }]);

    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => (channel.Width!.Value, channel.Height!.Value);

    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) =>
        level == 0 ? new LoadedChannel(_images[channel.TileId!], null) : throw new ArgumentException("the synthetic world serves level 0 only");

    private double Sample(double x, double y)
    {
        int x0 = Math.Clamp((int)Math.Floor(x), 0, Width - 2), y0 = Math.Clamp((int)Math.Floor(y), 0, Height - 2);
        double fx = Math.Clamp(x - x0, 0, 1), fy = Math.Clamp(y - y0, 0, 1);
        var i = (y0 * Width) + x0;
        var top = (_world[i] * (1 - fx)) + (_world[i + 1] * fx);
        var bottom = (_world[i + Width] * (1 - fx)) + (_world[i + Width + 1] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }

    /// <summary>Three box passes each way (about a Gaussian of the given radius).</summary>
    private static float[] Smooth(float[] values, int width, int height, int radius)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            values = Box(values, width, height, radius, 1, width);
            values = Box(values, width, height, radius, width, height);
        }

        return values;
    }

    private static float[] Box(float[] values, int width, int height, int radius, int step, int length)
    {
        var result = new float[values.Length];
        var lines = values.Length / length;
        for (var line = 0; line < lines; line++)
        {
            var start = step == 1 ? line * width : line;
            double sum = 0;
            int count = 0;
            for (var k = 0; k <= radius && k < length; k++, count++)
            {
                sum += values[start + (k * step)];
            }

            for (var k = 0; k < length; k++)
            {
                result[start + (k * step)] = (float)(sum / count);
                if (k + radius + 1 < length)
                {
                    sum += values[start + ((k + radius + 1) * step)];
                    count++;
                }

                if (k - radius >= 0)
                {
                    sum -= values[start + ((k - radius) * step)];
                    count--;
                }
            }
        }

        return result;
    }

    private static void Stretch(float[] values)
    {
        float min = values.Min(), max = values.Max();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (values[i] - min) / (max - min) * 255;
        }
    }
}
