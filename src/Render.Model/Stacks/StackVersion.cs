namespace Render.Model.Stacks;

/// <summary>A version of a stack's metadata: the body of a stack POST and of a clone. All fields are optional.</summary>
/// <param name="CreateTimestamp">When this version was created.</param>
/// <param name="VersionNotes">Free text.</param>
/// <param name="CycleNumber">Reconstruction cycle.</param>
/// <param name="CycleStepNumber">Step within the cycle.</param>
/// <param name="StackResolutionX">Resolution in x (nm per pixel).</param>
/// <param name="StackResolutionY">Resolution in y (nm per pixel).</param>
/// <param name="StackResolutionZ">Resolution in z (nm per layer).</param>
/// <param name="MaterializedBoxRootPath">Root folder of materialised boxes.</param>
/// <param name="MipmapPathBuilder">Where the stack's mipmaps live.</param>
/// <param name="AlignmentQuality">A quality score of the alignment.</param>
/// <param name="DefaultChannel">The channel rendered when a request names none.</param>
public sealed record StackVersion(
    DateTimeOffset? CreateTimestamp = null,
    string? VersionNotes = null,
    int? CycleNumber = null,
    int? CycleStepNumber = null,
    double? StackResolutionX = null,
    double? StackResolutionY = null,
    double? StackResolutionZ = null,
    string? MaterializedBoxRootPath = null,
    MipmapPathBuilder? MipmapPathBuilder = null,
    double? AlignmentQuality = null,
    string? DefaultChannel = null);
