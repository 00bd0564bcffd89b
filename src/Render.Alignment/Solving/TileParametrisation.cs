namespace Render.Alignment.Solving;

/// <summary>
/// How a model type's parameters p (b per tile and right-hand side) give the tile's lifted affine
/// (<see cref="Problem.TileFrame"/>): a = B·p + O, with B m×b and O m×r.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>AFFINE and TRANSLATION are separable by output row: the x row and the y row of every
/// tile form two independent systems with one matrix (m = 3, two right-hand sides). AFFINE solves
/// (l′r0, l′r1, t′r) per row, TRANSLATION only t′r with the linear part fixed at the identity.</item>
/// <item>SIMILARITY couples the rows but is linear: p = (α, β, t′x, t′y), l′ = [[α, −β], [β, α]] (m = 6).</item>
/// <item>RIGID is not linear (l′ = s·R(θ)): Gauss–Newton in (δθ, t′x, t′y) about the current
/// angle, so B depends on the current model and the system is rebuilt each step.</item>
/// </list>
/// </remarks>
internal sealed class TileParametrisation(ModelType model)
{
    public ModelType Model { get; } = model;

    public int BlockSize => Model switch { ModelType.Translation => 1, ModelType.Rigid => 3, ModelType.Similarity => 4, _ => 3 };

    /// <summary>m: 3 when rows are separable, else 6.</summary>
    public int LiftSize => IsRowSeparable ? 3 : 6;

    public int RightHandSides => IsRowSeparable ? 2 : 1;

    /// <summary>Coarse unknowns a layer: the layer-wide motions of this model's family.</summary>
    public int CoarseSize => Model switch { ModelType.Translation => 1, ModelType.Similarity => 4, _ => 3 };

    public bool IsRowSeparable => Model is ModelType.Affine or ModelType.Translation;

    /// <summary>B (m×b) and O (m×r) for a tile at <paramref name="lifted"/> with frame scale <paramref name="scale"/>.</summary>
    public void Linearise(ReadOnlySpan<double> lifted, double scale, Span<double> b, Span<double> o)
    {
        b.Clear();
        o.Clear();
        switch (Model)
        {
            case ModelType.Affine:
                b[0] = b[4] = b[8] = 1;
                break;
            case ModelType.Translation:
                b[2] = 1;
                o[0] = scale;
                o[3] = scale;
                break;
            case ModelType.Similarity:
                b[0] = 1;
                b[5] = -1;
                b[10] = 1;
                b[13] = 1;
                b[16] = 1;
                b[23] = 1;
                break;
            default:
                var (sin, cos) = Math.SinCos(Angle(lifted));
                b[0] = -scale * sin;
                b[3] = -scale * cos;
                b[7] = 1;
                b[9] = scale * cos;
                b[12] = -scale * sin;
                b[17] = 1;
                o[0] = scale * cos;
                o[1] = -scale * sin;
                o[3] = scale * sin;
                o[4] = scale * cos;
                break;
        }
    }

    /// <summary>The parameters (b×r, row-major) that reproduce <paramref name="lifted"/> (zero angle step for RIGID).</summary>
    public void Parameters(ReadOnlySpan<double> lifted, Span<double> p)
    {
        switch (Model)
        {
            case ModelType.Affine:
                for (var i = 0; i < 3; i++)
                {
                    p[i * 2] = lifted[i];
                    p[(i * 2) + 1] = lifted[3 + i];
                }

                break;
            case ModelType.Translation:
                p[0] = lifted[2];
                p[1] = lifted[5];
                break;
            case ModelType.Similarity:
                p[0] = lifted[0];
                p[1] = lifted[3];
                p[2] = lifted[2];
                p[3] = lifted[5];
                break;
            default:
                p[0] = 0;
                p[1] = lifted[2];
                p[2] = lifted[5];
                break;
        }
    }

    /// <summary>The lifted model for parameters <paramref name="p"/> (b×r), linearised at <paramref name="lifted"/>; written in place.</summary>
    public void Update(Span<double> lifted, ReadOnlySpan<double> p, double scale)
    {
        switch (Model)
        {
            case ModelType.Affine:
                for (var i = 0; i < 3; i++)
                {
                    lifted[i] = p[i * 2];
                    lifted[3 + i] = p[(i * 2) + 1];
                }

                break;
            case ModelType.Translation:
                lifted[0] = lifted[4] = scale;
                lifted[1] = lifted[3] = 0;
                lifted[2] = p[0];
                lifted[5] = p[1];
                break;
            case ModelType.Similarity:
                Set(lifted, p[0], p[1], p[2], p[3]);
                break;
            default:
                var (sin, cos) = Math.SinCos(Angle(lifted) + p[0]);
                Set(lifted, scale * cos, scale * sin, p[1], p[2]);
                break;
        }
    }

    /// <summary>The coarse basis of a tile (b×g, row-major): how its parameters move when its whole layer moves.</summary>
    public void CoarseBasis(ReadOnlySpan<double> lifted, Span<double> phi)
    {
        phi.Clear();
        switch (Model)
        {
            case ModelType.Affine:
                for (var i = 0; i < 3; i++)
                {
                    phi[(i * 3) + 0] = lifted[i];
                    phi[(i * 3) + 1] = lifted[3 + i];
                }

                phi[8] = 1;
                break;
            case ModelType.Translation:
                phi[0] = 1;
                break;
            case ModelType.Similarity:
                // columns: x, y, rotation, scale (δG·A for each generator δG)
                phi[(2 * 4) + 0] = 1;
                phi[(3 * 4) + 1] = 1;
                phi[(0 * 4) + 2] = -lifted[3];
                phi[(1 * 4) + 2] = lifted[0];
                phi[(2 * 4) + 2] = -lifted[5];
                phi[(3 * 4) + 2] = lifted[2];
                phi[(0 * 4) + 3] = lifted[0];
                phi[(1 * 4) + 3] = lifted[3];
                phi[(2 * 4) + 3] = lifted[2];
                phi[(3 * 4) + 3] = lifted[5];
                break;
            default:
                phi[(1 * 3) + 0] = 1;
                phi[(2 * 3) + 1] = 1;
                phi[(0 * 3) + 2] = 1;
                phi[(1 * 3) + 2] = -lifted[5];
                phi[(2 * 3) + 2] = lifted[2];
                break;
        }
    }

    private static double Angle(ReadOnlySpan<double> lifted) => Math.Atan2(lifted[3], lifted[0]);

    private static void Set(Span<double> lifted, double a, double b, double tx, double ty)
    {
        lifted[0] = a;
        lifted[1] = -b;
        lifted[2] = tx;
        lifted[3] = b;
        lifted[4] = a;
        lifted[5] = ty;
    }
}
