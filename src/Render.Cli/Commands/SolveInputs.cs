using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>What <c>render solve</c> read from the service: the layers of the z range and the pairs of their sections.</summary>
/// <param name="Layers">Each layer's tiles with the shared transforms it was read with, by ascending z (render saves each so).</param>
/// <param name="Tiles">Every tile of the layers, layer after layer.</param>
/// <param name="SharedTransforms">The shared transforms of every layer.</param>
/// <param name="Matches">The pairs whose p group is a section of the range, section after section.</param>
/// <param name="SectionCount">The sections of the range (the p groups read).</param>
/// <param name="TileTime">Time spent reading the tiles.</param>
/// <param name="MatchTime">Time spent reading the pairs.</param>
internal sealed record SolveInputs(
    IReadOnlyList<ResolvedTileSpecCollection> Layers,
    IReadOnlyList<TileSpec> Tiles,
    IReadOnlyDictionary<string, TransformSpec> SharedTransforms,
    IReadOnlyList<CanvasMatches> Matches,
    int SectionCount,
    TimeSpan TileTime,
    TimeSpan MatchTime);
