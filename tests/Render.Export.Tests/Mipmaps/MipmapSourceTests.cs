using NetVips;
using Render.Export.Files;
using Render.Export.Mipmaps;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Jobs;
using Render.Model.Tiles;

namespace Render.Export.Tests.Mipmaps;

/// <summary>
/// The generator's one-shot decode of plain files (8-bit tiles averaged straight from their bytes) against the
/// path it replaced: the renderer's loader, a raster per tile, each level halved from it.
/// </summary>
public sealed class MipmapSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mipmap-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("png", false, 255)]
    [InlineData("tif", false, 255)]
    [InlineData("png", true, 255)]
    [InlineData("tif", true, 4095)]
    public async Task Generate_PlainFileSource_WritesTheSameBytesAsTheLoaderPath(string extension, bool sixteenBit, int maxIntensity)
    {
        // Odd sizes, so that every level drops a column and a row.
        var image = Write($"tile.{extension}", 301, 203, sixteenBit, seed: 7);
        var mask = Write("mask.png", 301, 203, sixteenBit: false, seed: 8);
        var tile = new TileSpec(
            TileId: "t", Z: 1, Width: 301, Height: 203, MinIntensity: 0, MaxIntensity: maxIntensity,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + image, MaskUrl: "file:" + mask)));
        var root = Directory.CreateDirectory(Path.Combine(_folder, "mipmaps")).FullName;
        var generator = new MipmapGenerator(new MipmapOptions(root, MaxLevel: 5, Format: ImageFileFormat.Tiff));

        var result = await generator.GenerateAsync([tile], WorkPart.All);

        Assert.Equal(10, result.FilesWritten);
        var loaded = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache(0))
            .Load(new ChannelSource("t", tile.MipmapLevels, null, null, null), 0, withMask: true)!;
        foreach (var (url, source) in new[] { ("file:" + image, loaded.Image), ("file:" + mask, loaded.Mask!) })
        {
            var level = source;
            for (var n = 1; n <= 5; n++)
            {
                level = Downsampler.Downsample(level);
                var expected = ImageFileWriter.EncodeGray(MipmapPixels.ToSaved(level, 0, maxIntensity), ImageFileFormat.Tiff);
                Assert.True(
                    expected.AsSpan().SequenceEqual(File.ReadAllBytes(MipmapPaths.Derive(generator.PathBuilder, url, n))),
                    $"level {n} of {url} differs from the loader path's");
            }
        }
    }

    private string Write(string name, int width, int height, bool sixteenBit, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(_folder, name);
        if (sixteenBit)
        {
            var values = new ushort[width * height];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (ushort)random.Next(4096);
            }

            using var wide = Image.NewFromMemory(values, width, height, 1, Enums.BandFormat.Ushort);
            wide.WriteToFile(path);
            return path;
        }

        var bytes = new byte[width * height];
        random.NextBytes(bytes);
        using var grey = Image.NewFromMemory(bytes, width, height, 1, Enums.BandFormat.Uchar);
        grey.WriteToFile(path);
        return path;
    }
}
