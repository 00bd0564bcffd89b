namespace Render.Geometry.Transforms;

/// <summary>Which axis carries the shear when a linear map is decomposed (render-python's <c>force_shear</c>).</summary>
public enum ShearAxis
{
    /// <summary>Shear along x (<c>force_shear='x'</c>, render-python's default).</summary>
    X,

    /// <summary>Shear along y (<c>force_shear='y'</c>).</summary>
    Y,
}
