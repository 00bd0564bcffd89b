namespace Render.Geometry.Transforms;

/// <summary>
/// Collapses a transform that is affine throughout (affine, rigid, similarity and translation
/// models, in lists and blends, nested as deep as they go) into one <see cref="AffineModel2D"/>, by
/// composing the matrices: exact, where render-python's <c>estimate_transformsum</c> refits from
/// sample points (and, because its flatten drops nested lists, only looks at the top level).
/// </summary>
public static class AffineComposition
{
    /// <summary>The single affine map equal to <paramref name="transform"/>, or null when some part of it is not affine.</summary>
    public static AffineModel2D? TryCompose(ICoordinateTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        switch (transform)
        {
            case IAffine2D affine:
                return affine.ToAffineModel();
            case CoordinateTransformList list:
                var composed = AffineModel2D.Identity;
                foreach (var element in list.Transforms)
                {
                    if (TryCompose(element) is not { } next)
                    {
                        return null;
                    }

                    composed = next.Concatenate(composed);
                }

                return composed;
            case InterpolatedCoordinateTransform blend when TryCompose(blend.A) is { } a && TryCompose(blend.B) is { } b:
                var l = blend.Lambda;
                return new AffineModel2D(
                    a.M00 + (l * (b.M00 - a.M00)), a.M10 + (l * (b.M10 - a.M10)), a.M01 + (l * (b.M01 - a.M01)),
                    a.M11 + (l * (b.M11 - a.M11)), a.M02 + (l * (b.M02 - a.M02)), a.M12 + (l * (b.M12 - a.M12)));
            default:
                return null;
        }
    }
}
