namespace Render.Matching.Matching;

/// <summary>The model a match filter fits (render's ModelType for matching).</summary>
public enum MatchModelType
{
    /// <summary>A translation (mpicbg TranslationModel2D, 1 point).</summary>
    Translation,

    /// <summary>A rotation and translation (RigidModel2D, 2 points).</summary>
    Rigid,

    /// <summary>A rotation, uniform scale and translation (SimilarityModel2D, 2 points).</summary>
    Similarity,

    /// <summary>A general affine map (AffineModel2D, 3 points).</summary>
    Affine,
}
