using System.Buffers;
using System.Text;
using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// Moving least squares (mpicbg): at each point a model (translation, rigid, similarity or affine)
/// is fitted to the control points weighted by w·1/s^α, s the squared distance to them, and applied.
/// A point on a control point maps to its target; where the fit fails (too few or degenerate
/// points) the point is left unchanged, as mpicbg swallows those failures. Data string:
/// <c>model 2 alpha (px py qx qy w)*</c>.
/// </summary>
/// <remarks>
/// s^α is Java's <c>Math.pow(s, α)</c>, which returns exactly s·s for α = 2 (fdlibm's special case,
/// which HotSpot's intrinsic and C2 keep) and s for α = 1; those two are computed so here, and other
/// exponents with <see cref="Math.Pow"/> (the C library's pow, which can round an exact tie of s·s
/// the other way).
/// </remarks>
public abstract partial class AbstractMovingLeastSquaresTransform : IRenderTransform
{
    private readonly double[] _px;
    private readonly double[] _py;
    private readonly double[] _qx;
    private readonly double[] _qy;
    private readonly double[] _w;

    private protected AbstractMovingLeastSquaresTransform(MovingLeastSquaresModel model, double alpha, double[] px, double[] py, double[] qx, double[] qy, double[] w)
    {
        Model = model;
        Alpha = alpha;
        (_px, _py, _qx, _qy, _w) = (px, py, qx, qy, w);
    }

    /// <summary>The model fitted at each point.</summary>
    public MovingLeastSquaresModel Model { get; }

    /// <summary>The distance exponent α.</summary>
    public double Alpha { get; }

    /// <summary>The number of control points.</summary>
    public int Count => _px.Length;

    /// <inheritdoc/>
    public abstract string ClassName { get; }

    /// <summary>True when the numbers are Java floats (MovingLeastSquaresTransform2), false for doubles.</summary>
    private protected abstract bool IsFloat { get; }

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y)
    {
        var buffer = ArrayPool<double>.Shared.Rent(_px.Length);
        try
        {
            var ww = buffer.AsSpan(0, _px.Length);
            for (var i = 0; i < _px.Length; i++)
            {
                var dx = _px[i] - x;
                var dy = _py[i] - y;
                var s = (dx * dx) + (dy * dy);
                if (s <= 0)
                {
                    (x, y) = (_qx[i], _qy[i]);
                    return;
                }

                var weight = _w[i] * (1.0 / Power(s));
                ww[i] = IsFloat ? (float)weight : weight;
            }

            Fit(ww)?.ApplyInPlace(ref x, ref y);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>s^α as Java's Math.pow gives it (see the remarks on the class).</summary>
    private double Power(double s) => Alpha switch
    {
        2.0 => s * s,
        1.0 => s,
        _ => Math.Pow(s, Alpha),
    };

    /// <inheritdoc/>
    public string ToDataString()
    {
        var text = new StringBuilder(MovingLeastSquaresModels.NameOf(Model)).Append(" 2 ").Append(Format(Alpha));
        for (var i = 0; i < _px.Length; i++)
        {
            text.Append(' ').Append(Format(_px[i])).Append(' ').Append(Format(_py[i]))
                .Append(' ').Append(Format(_qx[i])).Append(' ').Append(Format(_qy[i]))
                .Append(' ').Append(Format(_w[i]));
        }

        return text.ToString();
    }

    /// <summary>Refuses pairs the model cannot use everywhere, and a non-positive α.</summary>
    private protected static void RequireUsable(PointPairs pairs, MovingLeastSquaresModel model, double alpha)
    {
        var minimum = model switch
        {
            MovingLeastSquaresModel.Translation => TranslationModel2D.MinimumPairs,
            MovingLeastSquaresModel.Rigid => RigidModel2D.MinimumPairs,
            MovingLeastSquaresModel.Similarity => SimilarityModel2D.MinimumPairs,
            _ => AffineModel2D.MinimumPairs,
        };
        pairs.RequireAtLeast(minimum, $"a moving least squares transform ({MovingLeastSquaresModels.NameOf(model)} model)");
        if (!(alpha > 0))
        {
            throw new FitException($"the moving least squares exponent alpha must be positive, got {alpha}");
        }
    }

    /// <summary>Reads <c>model 2 alpha (px py qx qy w)*</c>, each number as a Java float or double.</summary>
    private protected static (MovingLeastSquaresModel Model, double Alpha, double[][] Columns) ParseFields(string dataString, string className, bool isFloat)
    {
        var fields = DataStringFields.Split(dataString, className);
        if (fields.Length <= 3 || !JavaIntegerParse.TryParseInt(fields[1], out var dimension))
        {
            throw new TransformDataException($"invalid dataString for {className}: expected 'model dimension alpha' and control points");
        }

        if (dimension != 2)
        {
            throw new TransformDataException($"invalid dataString for {className}: only 2-D moving least squares is supported, found dimension {dimension}");
        }

        if ((fields.Length - 3) % 5 != 0)
        {
            throw new TransformDataException($"invalid dataString for {className}: each control point needs 5 numbers (px py qx qy w), found {fields.Length - 3} numbers");
        }

        var model = MovingLeastSquaresModels.Parse(fields[0])
            ?? throw new TransformDataException($"invalid dataString for {className}: unknown model '{fields[0]}' (expected translation, rigid, similarity or affine)");
        var count = (fields.Length - 3) / 5;
        var columns = new double[5][];
        for (var c = 0; c < 5; c++)
        {
            columns[c] = new double[count];
            for (var i = 0; i < count; i++)
            {
                columns[c][i] = ParseNumber(fields[3 + (5 * i) + c], className, isFloat);
            }
        }

        return (model, ParseNumber(fields[2], className, isFloat), columns);
    }

    private static double ParseNumber(string field, string className, bool isFloat)
    {
        if (isFloat)
        {
            return JavaNumberParse.TryParseFloat(field, out var single) ? single : throw DataStringFields.NotANumber(field, className);
        }

        return JavaNumberParse.TryParseDouble(field, out var value) ? value : throw DataStringFields.NotANumber(field, className);
    }

    private string Format(double value) =>
        IsFloat ? JavaNumberFormat.FormatFloat((float)value) : JavaNumberFormat.FormatDouble(value);

    private ICoordinateTransform? Fit(ReadOnlySpan<double> ww) => Model switch
    {
        MovingLeastSquaresModel.Translation when _px.Length >= TranslationModel2D.MinimumPairs => TranslationModel2D.Fit(_px, _py, _qx, _qy, ww),
        MovingLeastSquaresModel.Rigid when _px.Length >= RigidModel2D.MinimumPairs => RigidModel2D.Fit(_px, _py, _qx, _qy, ww),
        MovingLeastSquaresModel.Similarity when _px.Length >= SimilarityModel2D.MinimumPairs => SimilarityModel2D.Fit(_px, _py, _qx, _qy, ww),
        MovingLeastSquaresModel.Affine when _px.Length >= AffineModel2D.MinimumPairs => AffineModel2D.Fit(_px, _py, _qx, _qy, ww),
        _ => null,
    };
}
