namespace Render.Model.Stacks;

/// <summary>Where the derived mipmap images of a stack's tiles live and how their paths are built.</summary>
/// <param name="RootPath">The root folder (render stores it with a trailing '/').</param>
/// <param name="NumberOfLevels">How many levels exist.</param>
/// <param name="Extension">The image file extension: tif, jpg or png.</param>
/// <param name="ImageMipmapPatternString">A regular expression with two groups that places the level in a source URL, or null.</param>
public sealed record MipmapPathBuilder(
    string? RootPath = null,
    int? NumberOfLevels = null,
    string? Extension = null,
    string? ImageMipmapPatternString = null);
