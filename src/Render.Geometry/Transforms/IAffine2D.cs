namespace Render.Geometry.Transforms;

/// <summary>A transform that is an affine map (affine, rigid, similarity, translation): it can be composed exactly.</summary>
public interface IAffine2D : IInvertibleCoordinateTransform
{
    /// <summary>The same map as an <see cref="AffineModel2D"/>.</summary>
    AffineModel2D ToAffineModel();
}
