using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>One tile-pair file as render's TilePairClient writes it: its name and its content.</summary>
/// <param name="FileName">The file name: the requested name, or render's <c>_p000</c>-numbered names when the pairs need several files.</param>
/// <param name="Pairs">The pairs with the render-parameters URL template.</param>
public sealed record TilePairFile(string FileName, RenderableCanvasIdPairs Pairs);
