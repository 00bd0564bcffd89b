using Render.Export.Files;
using Render.Export.Mipmaps;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Jobs;
using Render.Model.Rendering;

namespace Render.Export.Tests.Mipmaps;

/// <summary>After mipmaps are made, a low-scale request is served from them, as render-ws serves it once the stack's builder is saved.</summary>
public sealed class MipmapRenderingTests : IDisposable
{
    private readonly TestStack _stack = TestStack.Create(1, 1, 1024, 1024, [1]);

    public void Dispose() => _stack.Dispose();

    [Fact]
    public async Task Render_AtOneEighthAfterMipmaps_ReadsOnlyLevelThreeAndLooksLikeTheFullScaleAveragedDown()
    {
        var parameters = new RenderParameters(X: 0, Y: 0, Width: 1024, Height: 1024, TileSpecs: _stack.Tiles);
        using var full = new CanvasRenderer(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()), 1).Render(parameters)!;
        var root = Directory.CreateDirectory(Path.Combine(_stack.Folder, "mipmaps")).FullName;
        var generator = new MipmapGenerator(new MipmapOptions(root, MaxLevel: 3, Format: ImageFileFormat.Png));
        await generator.GenerateAsync(_stack.Tiles, WorkPart.All);
        var update = generator.UpdateFor(current: null);

        // Only level 3 is left: the source and levels 1 and 2 are gone, so any other read would fail.
        var source = _stack.Tiles[0].MipmapLevels[0].ImageUrl!;
        File.Delete(source[5..]);
        File.Delete(MipmapPaths.Derive(generator.PathBuilder, source, 1));
        File.Delete(MipmapPaths.Derive(generator.PathBuilder, source, 2));
        var loader = new RecordingLoader(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()));
        using var low = new CanvasRenderer(loader, 1).Render(parameters with { Scale = 0.125, MipmapPathBuilder = update.Builder })!;

        Assert.Equal([(_stack.Tiles[0].TileId, 3)], loader.Loads);
        var expected = Pixels.HalfOf(Wrap(Pixels.HalfOf(Wrap(Pixels.HalfOf(full.Image)))));
        Assert.Equal((128, 128), (low.Width, low.Height));
        var (mean, max) = Difference(expected, low.Image);
        // The 1/8 request samples level 3 half a level-3 pixel off the block centres (render's (2^L - 1)/2 offset), on a pattern of slope up to 0.8 per pixel.
        Assert.True(mean < 2 && max <= 6, $"mean difference {mean}, largest {max}");
    }

    private static Raster Wrap(int[,] values)
    {
        var raster = Raster.Allocate(PixelKind.Gray8, values.GetLength(0), values.GetLength(1));
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                raster.Gray![x, y] = (ushort)values[x, y];
            }
        }

        return raster;
    }

    /// <summary>Mean and largest absolute difference over the interior (the first row and column of a level rendering stay empty).</summary>
    private static (double Mean, int Max) Difference(int[,] expected, Raster actual)
    {
        long sum = 0;
        int max = 0, count = 0;
        for (var y = 1; y < actual.Height - 1; y++)
        {
            for (var x = 1; x < actual.Width - 1; x++)
            {
                var d = Math.Abs(expected[x, y] - actual.Gray![x, y]);
                sum += d;
                max = Math.Max(max, d);
                count++;
            }
        }

        return ((double)sum / count, max);
    }
}
