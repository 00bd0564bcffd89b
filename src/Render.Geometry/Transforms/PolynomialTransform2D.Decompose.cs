namespace Render.Geometry.Transforms;

/// <content>First-order properties, as render-python's Polynomial2DTransform scale, shear and rotation.</content>
public sealed partial class PolynomialTransform2D
{
    /// <summary>
    /// Scale, shear and rotation of the linear terms (x and y coefficients of x' and y') and the
    /// constant terms as translation; an order-0 polynomial has unit scale and no rotation.
    /// </summary>
    public AffineDecomposition Decompose(ShearAxis shearAxis = ShearAxis.X)
    {
        var x = XCoefficients;
        var y = YCoefficients;
        return Order == 0
            ? new AffineDecomposition(1, 1, 0, 0, 0, x[0], y[0])
            : AffineDecomposition.Of(x[1], y[1], x[2], y[2], x[0], y[0], shearAxis);
    }
}
