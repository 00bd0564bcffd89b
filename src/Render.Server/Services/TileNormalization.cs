namespace Render.Server.Services;

/// <summary>
/// The tile normalisation options of tile render-parameters (render's TileDataService): offsets and
/// size of the box, and which transforms to keep.
/// </summary>
public sealed record TileNormalization(
    int? X = null,
    int? Y = null,
    int? Width = null,
    int? Height = null,
    bool? NormalizeForMatching = null,
    IReadOnlyCollection<string>? ExcludeTransformsAfterLast = null,
    IReadOnlyCollection<string>? ExcludeFirstTransformAndAllAfter = null,
    bool? ExcludeAllTransforms = null);
