namespace Render.Model.Tiles;

/// <summary>Where and how a tile was acquired. All fields are optional.</summary>
/// <param name="SectionId">The section the tile belongs to; drives section data and match group ids. A JSON number is read as its text.</param>
/// <param name="Temca">The microscope.</param>
/// <param name="Camera">The camera.</param>
/// <param name="ImageRow">Row in the acquisition grid.</param>
/// <param name="ImageCol">Column in the acquisition grid.</param>
/// <param name="StageX">Stage x position.</param>
/// <param name="StageY">Stage y position.</param>
/// <param name="Rotation">Rotation in degrees.</param>
/// <param name="PixelSize">Pixel size; render spells the JSON name in lower case for render-python.</param>
/// <param name="DistanceZ">Distance in z.</param>
public sealed record LayoutData(
    string? SectionId = null,
    string? Temca = null,
    string? Camera = null,
    int? ImageRow = null,
    int? ImageCol = null,
    double? StageX = null,
    double? StageY = null,
    double? Rotation = null,
    [property: JsonPropertyName("pixelsize")] double? PixelSize = null,
    double? DistanceZ = null);
