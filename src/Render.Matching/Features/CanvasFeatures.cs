namespace Render.Matching.Features;

/// <summary>
/// The SIFT features of one canvas: locations in canvas pixels (pixel centres at integers, as
/// ImageJ's) and 128-value descriptors, row-major. Immutable once made.
/// </summary>
public sealed class CanvasFeatures
{
    internal CanvasFeatures(float[] x, float[] y, float[] descriptors, int descriptorLength)
    {
        X = x;
        Y = y;
        Descriptors = descriptors;
        DescriptorLength = descriptorLength;
        IntegerDescriptors = descriptorLength % 32 == 0 && NearestDescriptors.IsSupported ? NearestDescriptors.AsIntegers(descriptors) : null;
    }

    /// <summary>No features.</summary>
    public static CanvasFeatures Empty { get; } = new([], [], [], 128);

    /// <summary>The number of features.</summary>
    public int Count => X.Length;

    /// <summary>x of each feature.</summary>
    public IReadOnlyList<float> XValues => X;

    /// <summary>y of each feature.</summary>
    public IReadOnlyList<float> YValues => Y;

    /// <summary>Values per descriptor.</summary>
    public int DescriptorLength { get; }

    /// <summary>About how many bytes these features hold (for cache bounds).</summary>
    public long ByteCount => ((Descriptors.Length + (2L * X.Length)) * sizeof(float)) + ((IntegerDescriptors?.Length ?? 0L) * sizeof(short));

    internal float[] X { get; }

    internal float[] Y { get; }

    internal float[] Descriptors { get; }

    /// <summary>The descriptors as whole numbers for <see cref="NearestDescriptors"/>, or null when they are not (or it cannot run here).</summary>
    internal short[]? IntegerDescriptors { get; }
}
