using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class TransformCollapseTests
{
    private static readonly AffineModel2D Am1 = new(0.9, -0.2, 0.3, 0.85, 245.3, -234.1);
    private static readonly AffineModel2D Am2 = new(0.9, -0.2, 0.3, 0.85, -100, 3);

    [Fact]
    public void Collapse_IdentityPolynomialThenAffines_IsTheirComposition()
    {
        // render-python's test_transformsum_identity_polynomial with order 1.
        var list = new CoordinateTransformList([PolynomialTransform2D.Identity, Am1, Am2]);
        var (x, y) = AffineModel2DTests.RandomPoints(50, 1);

        var collapsed = TransformCollapse.Collapse(list, x, y, order: 1);

        var polynomial = Assert.IsType<PolynomialTransform2D>(collapsed);
        var (nx, ny) = AffineModel2DTests.RandomPoints(51, 1);
        var (ex, ey) = (nx.ToArray(), ny.ToArray());
        Am2.Concatenate(Am1).ApplyInPlace(ex.AsSpan(), ey.AsSpan());
        polynomial.ApplyInPlace(nx.AsSpan(), ny.AsSpan());
        Assert.Equal(ex, nx, new ToleranceComparer(1e-8));
        Assert.Equal(ey, ny, new ToleranceComparer(1e-8));
    }

    [Fact]
    public void Collapse_AffinesOnly_IsExactAndNeedsNoSamples()
    {
        var collapsed = TransformCollapse.Collapse(new CoordinateTransformList([Am1, Am2]), [], []);

        Assert.Equal(Am2.Concatenate(Am1), Assert.IsType<AffineModel2D>(collapsed));
    }

    [Fact]
    public void ToPolynomial_LensCorrection_ApproximatesItOnTheTile()
    {
        var lens = (NonLinearCoordinateTransform)TransformRegistry.Create(
            Fixtures.LeafTransforms("example_1/cycle1_step1_acquire_transforms.json")[0].ClassName,
            Fixtures.LeafTransforms("example_1/cycle1_step1_acquire_transforms.json")[0].DataString);
        var x = Enumerable.Range(0, 400).Select(i => 2560.0 * (i % 20) / 19).ToArray();
        var y = Enumerable.Range(0, 400).Select(i => 2160.0 * (i / 20) / 19).ToArray();

        var polynomial = TransformCollapse.ToPolynomial(lens, x, y, order: 5);

        double px = 1000, py = 1000, lx = 1000, ly = 1000;
        polynomial.ApplyInPlace(ref px, ref py);
        lens.ApplyInPlace(ref lx, ref ly);
        Assert.Equal((lx, ly), (px, py), new TupleToleranceComparer(0.5));
    }
}
