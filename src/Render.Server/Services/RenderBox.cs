namespace Render.Server.Services;

/// <summary>A box of a layer to render: its corner and size in world pixels, the scale, and optionally one tile group.</summary>
/// <param name="Z">The layer.</param>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width in world pixels.</param>
/// <param name="Height">The height in world pixels.</param>
/// <param name="Scale">The output scale.</param>
/// <param name="GroupId">Only the tiles of this group, or all.</param>
public sealed record RenderBox(double Z, double X, double Y, int Width, int Height, double Scale, string? GroupId = null);
