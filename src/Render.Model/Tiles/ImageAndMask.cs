namespace Render.Model.Tiles;

/// <summary>The image (and optional mask) of one mipmap level.</summary>
/// <param name="ImageUrl">The image: <c>file:</c>, <c>http(s):</c>, <c>s3:</c>, <c>mask://...</c>, or a path.</param>
/// <param name="ImageLoaderType">How to load the image; null means <see cref="LoaderType.ImageJDefault"/>.</param>
/// <param name="ImageSliceNumber">The slice of a multi-image file.</param>
/// <param name="MaskUrl">The mask, or null.</param>
/// <param name="MaskLoaderType">How to load the mask; null means <see cref="LoaderType.ImageJDefault"/>.</param>
/// <param name="MaskSliceNumber">The slice of a multi-image mask file.</param>
public sealed record ImageAndMask(
    string? ImageUrl = null,
    LoaderType? ImageLoaderType = null,
    int? ImageSliceNumber = null,
    string? MaskUrl = null,
    LoaderType? MaskLoaderType = null,
    int? MaskSliceNumber = null);
