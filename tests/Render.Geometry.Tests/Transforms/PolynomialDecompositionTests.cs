using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

/// <summary>render-python's test_polynomial_scale and test_polynomial_shear.</summary>
public sealed class PolynomialDecompositionTests
{
    [Fact]
    public void Decompose_OrderZero_HasUnitScale()
    {
        var d = new PolynomialTransform2D(0, [0.0], [0.0]).Decompose();

        Assert.Equal((1.0, 1.0), (d.ScaleX, d.ScaleY));
    }

    [Fact]
    public void Decompose_OrderOne_ScalesExactly()
    {
        var d = new PolynomialTransform2D(1, [0, 1.1, 0], [0, 0, 0.9]).Decompose();

        Assert.Equal((1.1, 0.9), (d.ScaleX, d.ScaleY));
    }

    [Theory]
    [InlineData(ShearAxis.X)]
    [InlineData(ShearAxis.Y)]
    public void Decompose_AffineAndItsPolynomial_AreIdentical(ShearAxis axis)
    {
        var affine = new AffineModel2D(1.1, 0.3, -0.2, 0.8, 7, -9);
        var polynomial = PolynomialTransform2D.FromAffine(affine.M00, affine.M10, affine.M01, affine.M11, affine.M02, affine.M12);

        Assert.Equal(affine.Decompose(axis), polynomial.Decompose(axis));
    }
}
