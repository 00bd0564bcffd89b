using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A grid of affines stretched over a pixel area (render's <c>AffineWarpField</c>): RowCount ×
/// ColumnCount cells over Width × Height pixels, each cell's affine sitting at the cell centre and
/// read between centres by the <see cref="Interpolation"/>.
/// </summary>
/// <remarks>
/// <para>Values are coefficient-major, as render stores them: value k of cell (row, column) is
/// <c>Values[k·RowCount·ColumnCount + row·ColumnCount + column]</c>, with k = 0..5 for m00, m10,
/// m01, m11, m02, m12.</para>
/// <para>Immutable and thread-safe; the methods that change a cell return a new field.</para>
/// </remarks>
public sealed class AffineWarpField
{
    /// <summary>Coefficients per affine: m00, m10, m01, m11, m02, m12.</summary>
    public const int ValuesPerAffine = 6;

    private readonly double[] _values;

    // imglib2's ScaleAndTranslation inverse, kept as render computes it: 1/scale and −shift·(1/scale).
    private readonly double _inverseScaleX;
    private readonly double _inverseShiftX;
    private readonly double _inverseScaleY;
    private readonly double _inverseShiftY;

    /// <summary>Creates a field from its values (copied).</summary>
    /// <exception cref="ArgumentException">Fewer than one row or column, or not 6·rows·columns values.</exception>
    public AffineWarpField(double width, double height, int rowCount, int columnCount, ReadOnlySpan<double> values, WarpFieldInterpolation interpolation = WarpFieldInterpolation.NLinear)
    {
        if (rowCount < 1 || columnCount < 1)
        {
            throw new ArgumentException($"warp field must have at least 1 row and 1 column, got {rowCount} rows and {columnCount} columns");
        }

        var size = SizeOf(rowCount, columnCount);
        if (values.Length != size)
        {
            throw new ArgumentException($"invalid number of warp field values, expected {size} but was {values.Length}");
        }

        Width = width;
        Height = height;
        RowCount = rowCount;
        ColumnCount = columnCount;
        Interpolation = interpolation;
        _values = values.ToArray();
        _inverseScaleX = 1.0 / XScale;
        _inverseShiftX = -(0.5 * XScale) * _inverseScaleX;
        _inverseScaleY = 1.0 / YScale;
        _inverseShiftY = -(0.5 * YScale) * _inverseScaleY;
    }

    /// <summary>The pixel width the grid spans.</summary>
    public double Width { get; }

    /// <summary>The pixel height the grid spans.</summary>
    public double Height { get; }

    /// <summary>Rows of cells.</summary>
    public int RowCount { get; }

    /// <summary>Columns of cells.</summary>
    public int ColumnCount { get; }

    /// <summary>How the grid is read between cell centres.</summary>
    public WarpFieldInterpolation Interpolation { get; }

    /// <summary>All coefficients, coefficient-major (see the remarks).</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Pixels per column.</summary>
    public double XScale => Width / ColumnCount;

    /// <summary>Pixels per row.</summary>
    public double YScale => Height / RowCount;

    /// <summary>The number of values a rows × columns field holds.</summary>
    public static int SizeOf(int rowCount, int columnCount) => rowCount * columnCount * ValuesPerAffine;

    /// <summary>A field whose every cell is the identity affine.</summary>
    public static AffineWarpField Identity(double width, double height, int rowCount, int columnCount, WarpFieldInterpolation interpolation = WarpFieldInterpolation.NLinear)
    {
        var cells = rowCount * columnCount;
        var values = new double[SizeOf(rowCount, columnCount)];
        values.AsSpan(0, cells).Fill(1);
        values.AsSpan(3 * cells, cells).Fill(1);
        return new AffineWarpField(width, height, rowCount, columnCount, values, interpolation);
    }

    /// <summary>The affine of one cell: m00, m10, m01, m11, m02, m12.</summary>
    public double[] Get(int row, int column)
    {
        var cell = CellIndex(row, column);
        var affine = new double[ValuesPerAffine];
        for (var k = 0; k < ValuesPerAffine; k++)
        {
            affine[k] = _values[cell + (k * RowCount * ColumnCount)];
        }

        return affine;
    }

    /// <summary>This field with one cell's affine (m00, m10, m01, m11, m02, m12) replaced.</summary>
    public AffineWarpField WithCell(int row, int column, ReadOnlySpan<double> affine)
    {
        if (affine.Length != ValuesPerAffine)
        {
            throw new ArgumentException($"an affine has {ValuesPerAffine} values, got {affine.Length}");
        }

        var cell = CellIndex(row, column);
        var values = _values.ToArray();
        for (var k = 0; k < ValuesPerAffine; k++)
        {
            values[cell + (k * RowCount * ColumnCount)] = affine[k];
        }

        return new AffineWarpField(Width, Height, RowCount, ColumnCount, values, Interpolation);
    }

    /// <summary>
    /// render's <c>getHighResolutionCopy</c>: the same field with each cell split into
    /// <paramref name="divideRowsBy"/> × <paramref name="divideColumnsBy"/> cells holding its affine.
    /// </summary>
    public AffineWarpField HighResolutionCopy(int divideRowsBy, int divideColumnsBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(divideRowsBy, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(divideColumnsBy, 1);
        var rows = RowCount * divideRowsBy;
        var columns = ColumnCount * divideColumnsBy;
        var values = new double[SizeOf(rows, columns)];
        for (var k = 0; k < ValuesPerAffine; k++)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var source = CellIndex(row / divideRowsBy, column / divideColumnsBy) + (k * RowCount * ColumnCount);
                    values[(k * rows * columns) + (row * columns) + column] = _values[source];
                }
            }
        }

        return new AffineWarpField(Width, Height, rows, columns, values, Interpolation);
    }

    /// <summary>
    /// The affine at (<paramref name="x"/>, <paramref name="y"/>), in pixels from the field's upper
    /// left corner, as imglib2 reads it: grid position u = x·(1/sx) + (−(0.5·sx)·(1/sx)) (and v
    /// alike), cells outside the grid repeat the border (<c>Views.extendBorder</c>).
    /// </summary>
    /// <param name="x">x relative to the field.</param>
    /// <param name="y">y relative to the field.</param>
    /// <param name="affine">receives m00, m10, m01, m11, m02, m12.</param>
    public void Interpolate(double x, double y, Span<double> affine)
    {
        var u = (x * _inverseScaleX) + _inverseShiftX;
        var v = (y * _inverseScaleY) + _inverseShiftY;
        switch (Interpolation)
        {
            case WarpFieldInterpolation.NearestNeighbor:
                CopyCell(RoundTowardNearest(v), RoundTowardNearest(u), affine);
                break;
            case WarpFieldInterpolation.Floor:
                CopyCell(FloorOf(v), FloorOf(u), affine);
                break;
            default:
                InterpolateBilinear(u, v, affine);
                break;
        }
    }

    /// <summary>
    /// imglib2's <c>NLinearInterpolator</c> in two dimensions: its weights, and its Gray-code
    /// accumulation order (00, 10, 11, 01), so that the sums round as the reference's do.
    /// </summary>
    private void InterpolateBilinear(double u, double v, Span<double> affine)
    {
        var column = FloorOf(u);
        var row = FloorOf(v);
        var fractionX = u - column;
        var fractionY = v - row;
        var weightLow = 1.0 - fractionY;
        var weightHigh = fractionY;
        var w00 = weightLow * (1.0 - fractionX);
        var w10 = weightLow * fractionX;
        var w01 = weightHigh * (1.0 - fractionX);
        var w11 = weightHigh * fractionX;

        var cells = RowCount * ColumnCount;
        var c00 = ClampedCell(row, column);
        var c10 = ClampedCell(row, column + 1);
        var c01 = ClampedCell(row + 1, column);
        var c11 = ClampedCell(row + 1, column + 1);
        for (var k = 0; k < ValuesPerAffine; k++)
        {
            var offset = k * cells;
            var sum = _values[offset + c00] * w00;
            sum += _values[offset + c10] * w10;
            sum += _values[offset + c11] * w11;
            sum += _values[offset + c01] * w01;
            affine[k] = sum;
        }
    }

    private void CopyCell(long row, long column, Span<double> affine)
    {
        var cell = ClampedCell(row, column);
        for (var k = 0; k < ValuesPerAffine; k++)
        {
            affine[k] = _values[cell + (k * RowCount * ColumnCount)];
        }
    }

    private int ClampedCell(long row, long column) =>
        ((int)Math.Clamp(row, 0, RowCount - 1) * ColumnCount) + (int)Math.Clamp(column, 0, ColumnCount - 1);

    private int CellIndex(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return (row * ColumnCount) + column;
    }

    // imglib2's Floor.floor: (long) r − 1 for negative r, so an exact negative integer floors one
    // lower (with a weight of 1 on the upper neighbour: the same value at ulp level).
    private static long FloorOf(double r) => r < 0 ? JavaMath.ToLong(r) - 1 : JavaMath.ToLong(r);

    // imglib2's Round.round: halves away from zero.
    private static long RoundTowardNearest(double r) => r < 0 ? JavaMath.ToLong(r - 0.5) : JavaMath.ToLong(r + 0.5);
}
