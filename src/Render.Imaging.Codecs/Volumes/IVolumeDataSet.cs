namespace Render.Imaging.Codecs.Volumes;

/// <summary>An open data set of a volume container (N5 or HDF5), read a window of one slice at a time.</summary>
internal interface IVolumeDataSet
{
    /// <summary>The extent along each dimension, fastest first (x, y[, z]), as N5 orders them.</summary>
    IReadOnlyList<long> Dimensions { get; }

    /// <summary>The element type.</summary>
    VolumeDataType DataType { get; }

    /// <summary>The element type's name in the container's own terms, for messages.</summary>
    string DataTypeName { get; }

    /// <summary>
    /// The elements of the window [x, x + width) × [y, y + height) of slice z (0 for a 2-D data set),
    /// row by row: a <c>byte[]</c>, <c>short[]</c> or <c>ushort[]</c> of width × height for
    /// <see cref="VolumeDataType.UInt8"/>, <see cref="VolumeDataType.Int16"/> and
    /// <see cref="VolumeDataType.UInt16"/>. The window lies inside the data set.
    /// </summary>
    Array Read(long x, long y, long z, int width, int height);
}
