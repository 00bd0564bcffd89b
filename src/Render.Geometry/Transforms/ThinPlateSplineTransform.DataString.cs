using System.Globalization;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

public sealed partial class ThinPlateSplineTransform
{
    /// <summary>The kernel name trakem2 writes as the first field (and ignores when reading).</summary>
    public const string KernelName = "ThinPlateSplineR2LogR";

    private const string NoAffine = "null";
    private const int FieldCount = 5;

    // The points block holds 4·nLm doubles of 8 bytes in one .NET array.
    private const int MaxLandmarks = int.MaxValue / 32;

    // The two encoded blocks as they were read, so that an unchanged spline writes them back byte
    // for byte (our deflate output differs from Java's, and stored data strings should not churn).
    private readonly string? _affineToken;
    private readonly string? _pointsToken;

    /// <summary>
    /// Reads trakem2's data string <c>ThinPlateSplineR2LogR ndims nLm (null | affine) points</c>:
    /// fields split on white space as Java's <c>split("\\s+")</c>; the first is ignored; the two
    /// blocks are <see cref="DoubleArrayCodec"/> tokens: the affine block holds A row-major then b,
    /// the points block the landmarks interleaved (x0, y0, x1, y1, ...) then D[0][·] and D[1][·].
    /// </summary>
    /// <exception cref="TransformDataException">
    /// A field is missing or not a number, ndims is not 2, or a block does not hold the number of
    /// values the header announces (render-python rejects these; Java would read past or pad).
    /// </exception>
    public static ThinPlateSplineTransform Parse(string dataString)
    {
        ArgumentNullException.ThrowIfNull(dataString);
        var fields = JavaSplit.OnWhitespace(dataString);
        if (fields.Length != FieldCount)
        {
            throw Invalid($"expected {FieldCount} fields (kernel ndims nLm affine points) but found {fields.Length}");
        }

        var dimensions = ParseCount(fields[1], "ndims");
        if (dimensions != Dimensions)
        {
            throw Invalid($"only {Dimensions}-dimensional splines are supported, ndims is {dimensions}");
        }

        var landmarks = ParseCount(fields[2], "nLm");
        if (landmarks > MaxLandmarks)
        {
            throw Invalid($"nLm {landmarks} is more than the {MaxLandmarks} landmarks a data string can hold");
        }

        var affineToken = fields[3] == NoAffine ? null : fields[3];
        var affine = affineToken is null ? null : DecodeBlock(affineToken, "affine", AffineLength);
        var points = DecodeBlock(fields[4], "points", 2 * landmarks * Dimensions);

        double[] sourceX = new double[landmarks], sourceY = new double[landmarks];
        for (var l = 0; l < landmarks; l++)
        {
            sourceX[l] = points[2 * l];
            sourceY[l] = points[(2 * l) + 1];
        }

        var weightsX = points.AsSpan(2 * landmarks, landmarks).ToArray();
        var weightsY = points.AsSpan(3 * landmarks, landmarks).ToArray();
        return new ThinPlateSplineTransform(sourceX, sourceY, weightsX, weightsY, affine, affineToken, fields[4]);
    }

    /// <summary>
    /// The data string trakem2 writes: the header with Java's integer formatting, then the blocks.
    /// A block read by <see cref="Parse"/> and not changed since is written back as it was read.
    /// </summary>
    public string ToDataString()
    {
        var affine = _affine is null ? NoAffine : _affineToken ?? DoubleArrayCodec.Encode(_affine);
        var points = _pointsToken ?? DoubleArrayCodec.Encode(PointsBlock());
        return string.Create(CultureInfo.InvariantCulture, $"{KernelName} {Dimensions} {LandmarkCount} {affine} {points}");
    }

    private double[] PointsBlock()
    {
        var n = LandmarkCount;
        var block = new double[4 * n];
        for (var l = 0; l < n; l++)
        {
            block[2 * l] = _sourceX[l];
            block[(2 * l) + 1] = _sourceY[l];
        }

        _weightsX.CopyTo(block, 2 * n);
        _weightsY.CopyTo(block, 3 * n);
        return block;
    }

    private static int ParseCount(string field, string name)
    {
        if (!JavaIntegerParse.TryParseInt(field, out var value))
        {
            throw Invalid($"{name} is not an integer: \"{field}\"");
        }

        return value >= 0 ? value : throw Invalid($"{name} must not be negative, got {value}");
    }

    private static double[] DecodeBlock(string token, string name, int expectedLength)
    {
        double[] values;
        try
        {
            values = DoubleArrayCodec.Decode(token);
        }
        catch (FormatException e)
        {
            throw new TransformDataException($"{JavaClassName} data string: cannot decode the {name} block: {e.Message}", e);
        }

        return values.Length == expectedLength
            ? values
            : throw Invalid($"the {name} block holds {values.Length} values but the header implies {expectedLength}");
    }

    private static TransformDataException Invalid(string problem) => new($"{JavaClassName} data string: {problem}");
}
