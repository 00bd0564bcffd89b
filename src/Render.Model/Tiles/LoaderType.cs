using Render.Model.Json;

namespace Render.Model.Tiles;

/// <summary>How an image or mask is loaded (render's <c>ImageLoader.LoaderType</c>); JSON uses the Java names.</summary>
[JsonConverter(typeof(JavaEnumConverter<LoaderType>))]
public enum LoaderType
{
    /// <summary>A plain image file (the default).</summary>
    [JsonStringEnumMemberName("IMAGEJ_DEFAULT")]
    ImageJDefault,

    /// <summary>One slice of a TIFF stack (needs a slice number).</summary>
    [JsonStringEnumMemberName("IMAGEJ_TIFF_STACK")]
    ImageJTiffStack,

    /// <summary>One slice of an HDF5 data set.</summary>
    [JsonStringEnumMemberName("H5_SLICE")]
    H5Slice,

    /// <summary>One slice of an N5 data set.</summary>
    [JsonStringEnumMemberName("N5_SLICE")]
    N5Slice,

    /// <summary>A multi-channel TIFF flattened to RGB.</summary>
    [JsonStringEnumMemberName("IMAGEJ_COMPOSITE")]
    ImageJComposite,

    /// <summary>A mask described by its <c>mask://</c> URL.</summary>
    [JsonStringEnumMemberName("DYNAMIC_MASK")]
    DynamicMask,
}
