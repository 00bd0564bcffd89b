using PureHDF;
using PureHDF.Selections;
using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Volumes;

/// <summary>
/// A data set of an HDF5 file, read through PureHDF the way render's HDF5 slice loader reads it
/// through N5's HDF5 reader: dimensions are reported fastest first (HDF5 lists them slowest
/// first), so a (z, y, x) data set is (x, y, z) here.
/// </summary>
internal sealed class Hdf5DataSet : IVolumeDataSet
{
    private readonly IH5Dataset _dataset;
    private readonly long[] _dimensions;

    private Hdf5DataSet(IH5Dataset dataset)
    {
        _dataset = dataset;
        _dimensions = [.. dataset.Space.Dimensions.Reverse().Select(d => (long)d)];
        var type = dataset.Type;
        (DataType, DataTypeName) = (type.Class, type.Size) switch
        {
            (H5DataTypeClass.FixedPoint, 1) when !type.FixedPoint.IsSigned => (VolumeDataType.UInt8, "uint8"),
            (H5DataTypeClass.FixedPoint, 2) when type.FixedPoint.IsSigned => (VolumeDataType.Int16, "int16"),
            (H5DataTypeClass.FixedPoint, 2) => (VolumeDataType.UInt16, "uint16"),
            (H5DataTypeClass.FloatingPoint, 4) => (VolumeDataType.Float32, "float32"),
            (H5DataTypeClass.FixedPoint, _) => (VolumeDataType.Other, $"{(type.FixedPoint.IsSigned ? "int" : "uint")}{8 * type.Size}"),
            _ => (VolumeDataType.Other, $"{type.Class} of {type.Size} bytes"),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<long> Dimensions => _dimensions;

    /// <inheritdoc/>
    public VolumeDataType DataType { get; }

    /// <inheritdoc/>
    public string DataTypeName { get; }

    /// <summary>The slice <paramref name="slice"/> names in the HDF5 file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The file cannot be read, has no such data set, or the slice cannot be taken.</exception>
    public static Raster LoadSlice(string path, VolumeSliceUrl slice, string url)
    {
        using var file = Attempt(() => H5File.OpenRead(path), $"cannot read hdf5 file of '{url}'");
        var dataset = Attempt(() => file.Dataset(slice.DataSet), $"data set '{slice.DataSet}' not found in '{url}'");
        return Attempt(() => VolumeSlice.Load(new Hdf5DataSet(dataset), slice, url), $"cannot read '{url}'");
    }

    /// <summary>Runs a PureHDF call, turning its failures (it throws plain exceptions for bad files) into argument errors.</summary>
    private static T Attempt<T>(Func<T> read, string message)
    {
        try
        {
            return read();
        }
        catch (ArgumentException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new ArgumentException($"{message}: {exception.Message}", exception);
        }
    }

    /// <inheritdoc/>
    public Array Read(long x, long y, long z, int width, int height)
    {
        var rank = _dimensions.Length;
        ulong[] starts = rank == 3 ? [(ulong)z, (ulong)y, (ulong)x] : [(ulong)y, (ulong)x];
        ulong[] blocks = rank == 3 ? [1, (ulong)height, (ulong)width] : [(ulong)height, (ulong)width];
        var selection = new HyperslabSelection(rank, starts, blocks);
        return DataType switch
        {
            VolumeDataType.UInt8 => _dataset.Read<byte[]>(selection),
            VolumeDataType.Int16 => _dataset.Read<short[]>(selection),
            _ => _dataset.Read<ushort[]>(selection),
        };
    }
}
