using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Volumes;

/// <summary>N5_SLICE tiles: render's N5SliceLoader over containers written from the N5 format by hand.</summary>
public sealed class N5SliceTests : IDisposable
{
    private const int Width = 11;
    private const int Height = 7;
    private const int Depth = 5;
    private readonly string _folder = Directory.CreateTempSubdirectory("render-n5-").FullName;

    public N5SliceTests()
    {
        // Blocks of 4×3×2 do not divide 11×7×5, so the edge blocks are cropped.
        N5Writer.Write(Container, "/volume/raw/s0", "uint8", [Width, Height, Depth], [4, 3, 2], "gzip", Byte);
        N5Writer.Write(Container, "/volume/dat/s0", "int16", [Width, Height, Depth], [4, 3, 2], "raw", Signed, skip: new HashSet<string> { "1/1/1" });
        N5Writer.Write(Container, "/plane", "uint8", [Width, Height], [5, 5], "raw", (x, y, _) => x + (16 * y));
        N5Writer.Write(Container, "/floats", "float32", [Width, Height, Depth], [4, 3, 2], "raw", (_, _, _) => 0);
        N5Writer.Write(Container, "/packed", "uint8", [Width, Height, Depth], [4, 3, 2], "lz4", (_, _, _) => 0);
    }

    private string Container => Path.Combine(_folder, "sample.n5");

    [Fact]
    public void ReadsAWindowAcrossBlocksOfOneSliceAs8BitGrey()
    {
        using var raster = Load("dataSet=/volume/raw/s0&x=2&y=1&z=3&w=8&h=5");

        Assert.Equal(PixelKind.Gray8, raster.Kind);
        Assert.Equal((8, 5), (raster.Width, raster.Height));
        for (var y = 0; y < 5; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                Assert.Equal(Byte(x + 2, y + 1, 3), raster.Gray![x, y]);
            }
        }
    }

    [Fact]
    public void WithoutAWindowTheWholeSliceIsRead()
    {
        using var raster = Load("dataSet=/volume/raw/s0&z=4");

        Assert.Equal((Width, Height), (raster.Width, raster.Height));
        Assert.Equal(Byte(10, 6, 4), raster.Gray![10, 6]);
        Assert.Equal(Byte(0, 0, 4), raster.Gray![0, 0]);
    }

    [Fact]
    public void Signed16BitBecomesRendersConvertedDatValuesAndAMissingBlockReadsAsZero()
    {
        using var raster = Load("dataSet=/volume/dat/s0&z=3");

        Assert.Equal(PixelKind.Gray16, raster.Kind);

        // 32768 − value, clamped: −32768 is 65536, stored as 65535.
        Assert.Equal(32768 - Signed(0, 0, 3), raster.Gray![0, 0]);
        Assert.Equal(65535, raster.Gray![1, 0]);
        Assert.Equal(32768 - 32767, raster.Gray![2, 0]);
        Assert.Equal(32768 - Signed(10, 6, 3), raster.Gray![10, 6]);

        // Block 1/1/1 (x 4..7, y 3..5, z 2..3) was never written: zeros, converted like any value.
        Assert.Equal(32768, raster.Gray![5, 4]);
    }

    [Fact]
    public void A2DDataSetIsReadWithoutZ()
    {
        using var raster = Load("dataSet=/plane&x=3&y=2&w=6&h=4");

        Assert.Equal(3 + (16 * 2), raster.Gray![0, 0]);
        Assert.Equal(8 + (16 * 5), raster.Gray![5, 3]);
    }

    [Theory]
    [InlineData("dataSet=/volume/raw/s0&z=5", "is not inside data set")]
    [InlineData("dataSet=/volume/raw/s0&x=4&w=8&z=0", "is not inside data set")]
    [InlineData("dataSet=/volume/raw/s0", "has 3 dimensions, but without z it must have 2")]
    [InlineData("dataSet=/plane&z=0", "has 2 dimensions, but with z it must have 3")]
    [InlineData("dataSet=/floats&z=0", "dataType float32 is not supported")]
    [InlineData("dataSet=/packed&z=0", "compressed with lz4; only raw and gzip blocks can be read")]
    [InlineData("dataSet=/volume/none&z=0", "attributes not found for n5 data set '/volume/none'")]
    [InlineData("dataSet=/../../etc&z=0", "is outside its container")]
    public void RefusesWhatItCannotRead(string query, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => Load(query));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheContainerMustBeUnderAnImageRoot()
    {
        var loader = new TileImageLoader(new ImageAccessPolicy([Path.Combine(_folder, "elsewhere")]), new ImageCache());

        Assert.Throws<ImageAccessException>(() => loader.Load(Channel($"file://{Container}?dataSet=/plane"), 0, withMask: false));
        Assert.Throws<ImageAccessException>(() => loader.Validate([Tile($"file://{Container}?dataSet=/plane")], excludeMask: true));
    }

    [Fact]
    public void Load_MissingContainer_NamesTheContainer()
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());

        loader.Validate([Tile($"file://{_folder}/absent.n5?dataSet=/plane")], excludeMask: true);
        var missing = Assert.Throws<ArgumentException>(() => loader.Load(Channel($"file://{_folder}/absent.n5?dataSet=/plane"), 0, withMask: false));
        Assert.Contains("the n5 container does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerMipmapLevelsAreAveragedFromTheSlice()
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());

        var level1 = loader.Load(Channel($"file://{Container}?dataSet=/plane&w=10&h=6"), 1, withMask: false)!;

        Assert.Equal((5, 3), (level1.Image.Width, level1.Image.Height));
        Assert.Equal((0 + 1 + 16 + 17) / 4, level1.Image.Gray![0, 0]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static long Byte(long x, long y, long z) => ((x * 7) + (y * 13) + (z * 29)) & 0xff;

    private static long Signed(long x, long y, long z) => (x, y) switch
    {
        (1, 0) => -32768,
        (2, 0) => 32767,
        _ => (x * 1000) - (y * 3000) + (z * 7),
    };

    private static ChannelSource Channel(string url) =>
        new("n5-tile", MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)), null, null, null);

    private static TileSpec Tile(string url) =>
        new(TileId: "n5-tile", MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(url, LoaderType.N5Slice)));

    private Raster Load(string query)
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        return loader.Load(Channel($"file://{Container}?{query}"), 0, withMask: false)!.Image;
    }
}
