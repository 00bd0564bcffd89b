namespace Render.Export.Rendering;

/// <summary>
/// One world box of one layer to render, as render-ws's
/// <c>z/{z}/box/{x},{y},{width},{height},{scale}/render-parameters</c> names it.
/// </summary>
/// <param name="Z">The layer.</param>
/// <param name="X">Left world coordinate.</param>
/// <param name="Y">Top world coordinate.</param>
/// <param name="Width">World width.</param>
/// <param name="Height">World height.</param>
/// <param name="Scale">Output pixels per world pixel.</param>
public sealed record BoxRequest(double Z, double X, double Y, int Width, int Height, double Scale);
