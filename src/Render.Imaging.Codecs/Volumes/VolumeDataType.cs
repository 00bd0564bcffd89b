namespace Render.Imaging.Codecs.Volumes;

/// <summary>The element types of volume data sets that the slice loaders know.</summary>
public enum VolumeDataType
{
    /// <summary>Any other type (signed bytes, 32- and 64-bit integers, doubles, objects...).</summary>
    Other,

    /// <summary>Unsigned 8-bit.</summary>
    UInt8,

    /// <summary>Signed 16-bit.</summary>
    Int16,

    /// <summary>Unsigned 16-bit.</summary>
    UInt16,

    /// <summary>32-bit floating point.</summary>
    Float32,
}
