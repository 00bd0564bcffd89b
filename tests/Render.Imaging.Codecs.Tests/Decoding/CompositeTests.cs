using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;

namespace Render.Imaging.Codecs.Tests.Decoding;

/// <summary>IMAGEJ_COMPOSITE tiles: render's composite-test image, a 3-channel 8-bit ImageJ hyperstack.</summary>
public sealed class CompositeTests
{
    private static string Tiff => Fixtures.File("composite-test/49768_112_reduced.tif");

    [Fact]
    public void ReadsImageJsChannelCountFromTheDescription()
    {
        var metadata = ImageJTiffMetadata.Read(File.ReadAllBytes(Tiff));

        Assert.NotNull(metadata);
        Assert.Equal(3, metadata.Channels);
        Assert.Empty(metadata.Luts);
        Assert.Empty(metadata.Ranges);
    }

    [Fact]
    public void ThreeChannelsWithImageJsDefaultColoursAreRedGreenAndBlue()
    {
        var bytes = File.ReadAllBytes(Tiff);
        using var composite = CompositeDecoder.Decode(bytes, Tiff);
        using var red = ImageDecoder.Decode(bytes, 0);
        using var green = ImageDecoder.Decode(bytes, 1);
        using var blue = ImageDecoder.Decode(bytes, 2);

        Assert.Equal(PixelKind.Rgb, composite.Kind);
        Assert.Equal((846, 842), (composite.Width, composite.Height));
        var differentChannels = 0;
        for (var y = 0; y < composite.Height; y += 7)
        {
            for (var x = 0; x < composite.Width; x += 5)
            {
                int r = red.Gray![x, y], g = green.Gray![x, y], b = blue.Gray![x, y];
                Assert.Equal(unchecked((int)0xff000000) | (r << 16) | (g << 8) | b, composite.Rgb![x, y]);
                differentChannels += r != g || g != b ? 1 : 0;
            }
        }

        // The channels differ, so the test would see swapped or missing colours.
        Assert.True(differentChannels > 1000, $"only {differentChannels} sampled pixels differ between channels");
    }

    [Fact]
    public void TheCompositeLoaderTypeGivesTheFlattenedImage()
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var tile = Fixtures.Tiles("composite-test/test_composite.json")[0];
        var channel = new ChannelSource(tile.TileId, tile.MipmapLevels!, null, null, null);

        var loaded = loader.Load(channel, 0, withMask: false)!;

        Assert.Equal(PixelKind.Rgb, loaded.Image.Kind);
        Assert.Equal((846, 842), (loaded.Image.Width, loaded.Image.Height));
    }

    [Fact]
    public void AnImageThatIsNotAnImageJCompositeIsRefusedAsRenderDoes()
    {
        var png = Fixtures.File("raw-tile-test/raw-tile.png");

        var exception = Assert.Throws<ArgumentException>(() => CompositeDecoder.Decode(File.ReadAllBytes(png), png));

        Assert.Contains("failed to create CompositeImage instance", exception.Message, StringComparison.Ordinal);
    }
}
