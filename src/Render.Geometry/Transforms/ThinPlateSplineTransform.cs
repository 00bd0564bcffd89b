using System.Runtime.Intrinsics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A 2-D thin-plate spline (trakem2's <c>mpicbg.trakem2.transform.ThinPlateSplineTransform</c>
/// over jitk's <c>ThinPlateR2LogRSplineKernelTransform</c>): landmarks l with knot weights D, and
/// an optional affine part A, b stored as a displacement.
/// </summary>
/// <remarks>
/// <para>Forward map, in jitk's order: <c>out_d = Σ_l U(|src_l − p|)·D[d][l]</c> summed in landmark
/// order; then <c>out_d += A[d][0]·x</c>, <c>out_d += A[d][1]·y</c> and <c>out_d += b_d + p_d</c>
/// when there is an affine part, or <c>out_d += p_d</c> when there is none. The effective affine is
/// therefore (A + I)p + b. Render has no inverse; <see cref="ApplyInverseInPlace(Span{double}, Span{double}, int, double)"/>
/// is render-python's iterative one.</para>
/// <para>Immutable and thread-safe. Only two dimensions are supported (render stores nothing else).</para>
/// </remarks>
public sealed partial class ThinPlateSplineTransform : IRenderTransform
{
    /// <summary>The class name render knows this transform by.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.ThinPlateSplineTransform";

    private const int Dimensions = 2;
    private const int AffineLength = (Dimensions * Dimensions) + Dimensions;

    private readonly double[] _sourceX;
    private readonly double[] _sourceY;
    private readonly double[] _weightsX;
    private readonly double[] _weightsY;
    private readonly double[]? _affine;

    /// <summary>
    /// Creates a spline from its parameters.
    /// </summary>
    /// <param name="sourceX">x of the source landmarks.</param>
    /// <param name="sourceY">y of the source landmarks.</param>
    /// <param name="weightsX">knot weights D[0][l] (the x displacement).</param>
    /// <param name="weightsY">knot weights D[1][l] (the y displacement).</param>
    /// <param name="affine">empty for none, else A00, A01, A10, A11, b0, b1 (A row-major, a displacement: the map adds p).</param>
    /// <exception cref="ArgumentException">The lengths do not agree.</exception>
    public ThinPlateSplineTransform(
        ReadOnlySpan<double> sourceX,
        ReadOnlySpan<double> sourceY,
        ReadOnlySpan<double> weightsX,
        ReadOnlySpan<double> weightsY,
        ReadOnlySpan<double> affine = default)
        : this(sourceX.ToArray(), sourceY.ToArray(), weightsX.ToArray(), weightsY.ToArray(), affine.IsEmpty ? null : affine.ToArray(), null, null)
    {
    }

    private ThinPlateSplineTransform(double[] sourceX, double[] sourceY, double[] weightsX, double[] weightsY, double[]? affine, string? affineToken, string? pointsToken)
    {
        var n = sourceX.Length;
        if (sourceY.Length != n || weightsX.Length != n || weightsY.Length != n)
        {
            throw new ArgumentException($"a thin-plate spline needs as many knot weights as landmarks: {sourceX.Length} x, {sourceY.Length} y, {weightsX.Length} and {weightsY.Length} weights");
        }

        if (affine is not null && affine.Length != AffineLength)
        {
            throw new ArgumentException($"the affine part of a 2-D thin-plate spline has {AffineLength} values, got {affine.Length}");
        }

        _sourceX = sourceX;
        _sourceY = sourceY;
        _weightsX = weightsX;
        _weightsY = weightsY;
        _affine = affine;
        _affineToken = affineToken;
        _pointsToken = pointsToken;
    }

    /// <inheritdoc />
    public string ClassName => JavaClassName;

    /// <summary>The number of landmarks.</summary>
    public int LandmarkCount => _sourceX.Length;

    /// <summary>Whether the spline has an affine part (the data string's affine block is not <c>null</c>).</summary>
    public bool HasAffine => _affine is not null;

    /// <summary>x of the source landmarks.</summary>
    public ReadOnlySpan<double> SourceX => _sourceX;

    /// <summary>y of the source landmarks.</summary>
    public ReadOnlySpan<double> SourceY => _sourceY;

    /// <summary>Knot weights D[0][l].</summary>
    public ReadOnlySpan<double> WeightsX => _weightsX;

    /// <summary>Knot weights D[1][l].</summary>
    public ReadOnlySpan<double> WeightsY => _weightsY;

    /// <summary>Empty, or A00, A01, A10, A11, b0, b1 (the displacement affine).</summary>
    public ReadOnlySpan<double> Affine => _affine;

    /// <summary>The same landmarks and knot weights with another affine part (empty for none).</summary>
    public ThinPlateSplineTransform WithAffine(ReadOnlySpan<double> affine) =>
        new(_sourceX, _sourceY, _weightsX, _weightsY, affine.IsEmpty ? null : affine.ToArray(), null, _pointsToken);

    /// <inheritdoc />
    public void ApplyInPlace(ref double x, ref double y)
    {
        double sumX = 0, sumY = 0;
        Span<double> u = stackalloc double[Vector256<double>.Count];
        for (var start = 0; start < _sourceX.Length; start += Vector256<double>.Count)
        {
            ThinPlateSplineKernel.EvaluateFour(_sourceX, _sourceY, start, x, y).CopyTo(u);
            var count = Math.Min(Vector256<double>.Count, _sourceX.Length - start);
            for (var k = 0; k < count; k++)
            {
                sumX += u[k] * _weightsX[start + k];
                sumY += u[k] * _weightsY[start + k];
            }
        }

        if (_affine is { } a)
        {
            sumX += a[0] * x;
            sumX += a[1] * y;
            sumY += a[2] * x;
            sumY += a[3] * y;
            sumX += a[4] + x;
            sumY += a[5] + y;
        }
        else
        {
            sumX += x;
            sumY += y;
        }

        x = sumX;
        y = sumY;
    }
}
