namespace Render.Alignment;

/// <summary>
/// The 2-D model families of render's <c>ModelType</c> that the solve supports, in increasing
/// freedom: each one contains the ones before it (a translation is a rigid map, a rigid map a
/// similarity, a similarity an affine).
/// </summary>
public enum ModelType
{
    /// <summary>x + t: 2 parameters; the linear part stays the identity.</summary>
    Translation = 0,

    /// <summary>A rotation and a translation: 3 parameters (solved by Gauss-Newton).</summary>
    Rigid = 1,

    /// <summary>A rotation, one scale and a translation: 4 parameters.</summary>
    Similarity = 2,

    /// <summary>A general affine map: 6 parameters.</summary>
    Affine = 3,
}
