using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// render's <c>org.janelia.alignment.transform.AffineWarpFieldTransform</c>: an
/// <see cref="AffineWarpField"/> placed with its upper left corner at (OffsetX, OffsetY); a point
/// is mapped by the affine the field holds at its position.
/// </summary>
/// <remarks>
/// The offsets only place the lookup: the affine found is applied to the original (x, y), as
/// <c>x' = (x·m00 + y·m01) + m02</c>, <c>y' = (x·m10 + y·m11) + m12</c>. Render has no inverse.
/// Immutable and thread-safe.
/// </remarks>
public sealed class AffineWarpFieldTransform : IRenderTransform
{
    /// <summary>The class name render knows this transform by.</summary>
    public const string JavaClassName = "org.janelia.alignment.transform.AffineWarpFieldTransform";

    private const string InterpolatorPackage = "net.imglib2.interpolation.randomaccess.";
    private const string Base64Encoding = "base64";
    private const string NoEncoding = "none";
    private const int ValuesStart = 8;

    // Render writes smaller fields as plain numbers, "to simplify visual inspection and testing".
    private const int LargestPlainField = 64;

    // The base64 token as it was read, written back unchanged (our deflate bytes differ from Java's).
    private readonly string? _valuesToken;

    /// <summary>Creates the transform.</summary>
    public AffineWarpFieldTransform(double offsetX, double offsetY, AffineWarpField field)
        : this(offsetX, offsetY, field, null)
    {
    }

    private AffineWarpFieldTransform(double offsetX, double offsetY, AffineWarpField field, string? valuesToken)
    {
        ArgumentNullException.ThrowIfNull(field);
        OffsetX = offsetX;
        OffsetY = offsetY;
        Field = field;
        _valuesToken = valuesToken;
    }

    /// <inheritdoc />
    public string ClassName => JavaClassName;

    /// <summary>World x of the field's upper left corner.</summary>
    public double OffsetX { get; }

    /// <summary>World y of the field's upper left corner.</summary>
    public double OffsetY { get; }

    /// <summary>The grid of affines.</summary>
    public AffineWarpField Field { get; }

    /// <summary>
    /// Reads render's data string <c>ox oy width height rows columns interpolatorFactoryClass
    /// encoding values…</c>, split as Java's <c>split("\\s+")</c>. With encoding <c>base64</c> the
    /// values are one <see cref="DoubleArrayCodec"/> token; with any other word (render writes
    /// <c>none</c>) they are 6·rows·columns numbers.
    /// </summary>
    /// <exception cref="TransformDataException">Too few fields, a bad number, an unknown interpolator, or the wrong number of values.</exception>
    public static AffineWarpFieldTransform Parse(string dataString)
    {
        ArgumentNullException.ThrowIfNull(dataString);
        var fields = JavaSplit.OnWhitespace(dataString);
        if (fields.Length <= ValuesStart)
        {
            throw Invalid($"warp field data must contain at least {ValuesStart} fields");
        }

        var offsetX = ParseDouble(fields[0]);
        var offsetY = ParseDouble(fields[1]);
        var width = ParseDouble(fields[2]);
        var height = ParseDouble(fields[3]);
        var rows = ParseCount(fields[4], "row count");
        var columns = ParseCount(fields[5], "column count");
        var interpolation = InterpolationOf(fields[6]);
        var size = AffineWarpField.SizeOf(rows, columns);
        var isBase64 = fields[7] == Base64Encoding;
        var values = isBase64 ? DecodeValues(fields, size) : ParseValues(fields, size);
        return new AffineWarpFieldTransform(offsetX, offsetY, new AffineWarpField(width, height, rows, columns, values, interpolation), isBase64 ? fields[ValuesStart] : null);
    }

    /// <summary>The data string render writes: Java's number formatting, plain values for fields of fewer than 64 values, base64 otherwise.</summary>
    public string ToDataString()
    {
        var text = new StringBuilder();
        text.Append(JavaNumberFormat.FormatDouble(OffsetX)).Append(' ')
            .Append(JavaNumberFormat.FormatDouble(OffsetY)).Append(' ')
            .Append(JavaNumberFormat.FormatDouble(Field.Width)).Append(' ')
            .Append(JavaNumberFormat.FormatDouble(Field.Height)).Append(' ')
            .Append(Field.RowCount.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(Field.ColumnCount.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(ClassNameOf(Field.Interpolation)).Append(' ');
        var values = Field.Values;
        if (values.Length < LargestPlainField)
        {
            text.Append(NoEncoding);
            foreach (var value in values)
            {
                text.Append(' ').Append(JavaNumberFormat.FormatDouble(value));
            }
        }
        else
        {
            text.Append(Base64Encoding).Append(' ').Append(_valuesToken ?? DoubleArrayCodec.Encode(values));
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public void ApplyInPlace(ref double x, ref double y)
    {
        Span<double> m = stackalloc double[AffineWarpField.ValuesPerAffine];
        Field.Interpolate(x - OffsetX, y - OffsetY, m);
        var x0 = x;
        x = (x0 * m[0]) + (y * m[2]) + m[4];
        y = (x0 * m[1]) + (y * m[3]) + m[5];
    }

    /// <summary>The full Java class name of the imglib2 factory for <paramref name="interpolation"/>.</summary>
    public static string ClassNameOf(WarpFieldInterpolation interpolation) => InterpolatorPackage + interpolation switch
    {
        WarpFieldInterpolation.NearestNeighbor => "NearestNeighborInterpolatorFactory",
        WarpFieldInterpolation.Floor => "FloorInterpolatorFactory",
        _ => "NLinearInterpolatorFactory",
    };

    private static WarpFieldInterpolation InterpolationOf(string className)
    {
        foreach (var candidate in Enum.GetValues<WarpFieldInterpolation>())
        {
            if (ClassNameOf(candidate) == className)
            {
                return candidate;
            }
        }

        throw Invalid($"interpolator factory class '{className}' is not supported (NLinear, NearestNeighbor or Floor interpolator factories of {InterpolatorPackage.TrimEnd('.')})");
    }

    private static double[] DecodeValues(string[] fields, int size)
    {
        if (fields.Length != ValuesStart + 1)
        {
            throw Invalid($"base64 warp field data must contain {ValuesStart + 1} fields but found {fields.Length}");
        }

        double[] values;
        try
        {
            values = DoubleArrayCodec.Decode(fields[ValuesStart]);
        }
        catch (FormatException e)
        {
            throw new TransformDataException($"{JavaClassName} data string: failed to decode warp field values: {e.Message}", e);
        }

        return values.Length == size
            ? values
            : throw Invalid($"the decoded warp field holds {values.Length} values, expected {size}");
    }

    private static double[] ParseValues(string[] fields, int size)
    {
        var expected = size + ValuesStart;
        if (fields.Length != expected)
        {
            throw Invalid($"expected warp field data to contain {expected} fields but found {fields.Length} instead");
        }

        var values = new double[size];
        for (var i = 0; i < size; i++)
        {
            values[i] = ParseDouble(fields[ValuesStart + i]);
        }

        return values;
    }

    private static double ParseDouble(string field) =>
        JavaNumberParse.TryParseDouble(field, out var value) ? value : throw Invalid($"For input string: \"{field}\"");

    private static int ParseCount(string field, string name)
    {
        if (!JavaIntegerParse.TryParseInt(field, out var value))
        {
            throw Invalid($"{name} is not an integer: \"{field}\"");
        }

        // Also keeps 6·rows·columns within an int.
        return value is >= 1 and <= 10_000
            ? value
            : throw Invalid($"warp field must have between 1 and 10000 rows and columns, {name} is {value}");
    }

    private static TransformDataException Invalid(string problem) => new($"{JavaClassName} data string: {problem}");
}
