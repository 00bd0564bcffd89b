using Render.Export.Rendering;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model;
using Render.Model.Tiles;

namespace Render.Export.Tests.Volumes;

/// <summary>
/// The stack of <see cref="VolumeExporterTests"/> for the option tests: three layers (z 1, 2, 3) of
/// 2 × 2 tiles of 200 pixels at 190 pixel steps from (50, 30), whose patterns differ by z, exported
/// inside its edges (389 × 389 × 3) and read back through our N5 reader.
/// </summary>
public abstract class StackVolumeTests : IDisposable
{
    protected StackVolumeTests() => Layers = new LayerTiles(Stack.Tiles);

    protected static Bounds Inside => new(50, 30, 1, 439, 419, 3);

    private protected TestStack Stack { get; } = TestStack.Create(2, 2, 200, 190, [1, 2, 3], x0: 50, y0: 30);

    protected LayerTiles Layers { get; }

    public void Dispose()
    {
        Stack.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A whole layer rendered in one box at full scale, as 8-bit grey the way N5Client converts it.</summary>
    protected async Task<byte[]> RenderedLayer(double z)
    {
        var parameters = await Layers.GetBoxAsync(new BoxRequest(z, 50, 30, 389, 389, 1), CancellationToken.None);
        return new BoxRenderer(null).RenderGray(parameters);
    }

    /// <summary>Layer <paramref name="z"/> (from 0) of an N5 data set of the container, read by our N5 loader.</summary>
    protected static byte[] Slice(string container, string dataSet, int z, out int width)
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var url = $"file://{container}?dataSet=/{dataSet.Trim('/')}&z={z}";
        var image = loader.Load(new ChannelSource("n5", MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)), null, null, null), 0, false)!.Image;
        width = image.Width;
        return [.. image.Gray!.Pixels.ToArray().Select(v => (byte)v)];
    }
}
