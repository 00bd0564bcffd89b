using PureHDF;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Volumes;

/// <summary>H5_SLICE tiles: render's HDF5SliceLoader, slices of (z, y, x) data sets of an HDF5 file.</summary>
public sealed class Hdf5SliceTests : IDisposable
{
    private const int Width = 9;
    private const int Height = 6;
    private const int Depth = 3;
    private readonly string _folder = Directory.CreateTempSubdirectory("render-h5-").FullName;

    public Hdf5SliceTests()
    {
        var bytes = new byte[Depth * Height * Width];
        var shorts = new short[Depth * Height * Width];
        for (var z = 0; z < Depth; z++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    var index = (((z * Height) + y) * Width) + x;
                    bytes[index] = (byte)Byte(x, y, z);
                    shorts[index] = (short)Signed(x, y, z);
                }
            }
        }

        // HDF5 lists dimensions slowest first; the chunks make the slice cross chunk borders.
        var file = new H5File
        {
            ["Z0720"] = new H5Group
            {
                ["0-0-0"] = new H5Dataset(bytes, chunks: [1, 4, 4], fileDims: [Depth, Height, Width]),
                ["0-0-1"] = new H5Dataset(shorts, fileDims: [Depth, Height, Width]),
                ["values"] = new H5Dataset(new double[Width * Height], fileDims: [Height, Width]),
            },
        };
        file.Write(FilePath);
    }

    private string FilePath => Path.Combine(_folder, "Merlin-6257_0-0-0.h5");

    [Fact]
    public void ReadsSliceZOfAByteDataSet()
    {
        // The URL shape of render's stitch-test/test_hdf5.json.
        using var raster = Load("dataSet=/Z0720/0-0-0&z=2");

        Assert.Equal(PixelKind.Gray8, raster.Kind);
        Assert.Equal((Width, Height), (raster.Width, raster.Height));
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                Assert.Equal(Byte(x, y, 2), raster.Gray![x, y]);
            }
        }
    }

    [Fact]
    public void AWindowOfSigned16BitDataBecomesRendersConvertedValues()
    {
        using var raster = Load("dataSet=/Z0720/0-0-1&x=3&y=2&z=1&w=5&h=3");

        Assert.Equal(PixelKind.Gray16, raster.Kind);
        Assert.Equal((5, 3), (raster.Width, raster.Height));
        Assert.Equal(32768 - Signed(3, 2, 1), raster.Gray![0, 0]);
        Assert.Equal(32768 - Signed(7, 4, 1), raster.Gray![4, 2]);
    }

    [Theory]
    [InlineData("dataSet=/Z0720/none&z=0", "data set '/Z0720/none' not found")]
    [InlineData("dataSet=/Z0720/values", "dataType FloatingPoint of 8 bytes is not supported")]
    [InlineData("dataSet=/Z0720/0-0-0&z=3", "is not inside data set")]
    public void RefusesWhatItCannotRead(string query, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => Load(query));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotHdf5IsRefused()
    {
        var path = Path.Combine(_folder, "not.h5");
        File.WriteAllText(path, "plain text");

        var exception = Assert.Throws<ArgumentException>(() => Load("dataSet=/a&z=0", path));

        Assert.Contains("cannot read hdf5 file", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Byte(int x, int y, int z) => ((x * 11) + (y * 5) + (z * 37)) & 0xff;

    private static int Signed(int x, int y, int z) => (x * 900) - (y * 2500) - (z * 11);

    private Raster Load(string query, string? path = null)
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var channel = new ChannelSource(
            "h5-tile", MipmapLevelDictionary.Of(0, new ImageAndMask($"file://{path ?? FilePath}?{query}", LoaderType.H5Slice)), null, null, null);
        return loader.Load(channel, 0, withMask: false)!.Image;
    }
}
