namespace Render.Geometry.Transforms;

/// <summary>The model a moving-least-squares transform fits at each point.</summary>
public enum MovingLeastSquaresModel
{
    /// <summary>A translation (<c>translation</c>).</summary>
    Translation,

    /// <summary>A rotation and translation (<c>rigid</c>).</summary>
    Rigid,

    /// <summary>A rotation, uniform scale and translation (<c>similarity</c>).</summary>
    Similarity,

    /// <summary>An affine map (<c>affine</c>).</summary>
    Affine,
}
