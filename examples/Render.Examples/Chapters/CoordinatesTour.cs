using Render.Model.Tiles;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="CoordinatesChapter"/> sent and got back.</summary>
/// <param name="Tile">The tile whose centre was mapped.</param>
/// <param name="World">The world point mapped (that centre).</param>
/// <param name="Local">The visible tile's local coordinates of <paramref name="World"/>.</param>
/// <param name="BackToWorld">Those local coordinates mapped back to world.</param>
/// <param name="BatchWorldPoints">The world points of the batch; the last lies on no tile.</param>
/// <param name="BatchLocal">The batch's answer: one list per world point, in order.</param>
/// <param name="BatchBackToWorld">The visible local points of the batch mapped back to world.</param>
public sealed record CoordinatesTour(
    TileBounds Tile,
    double[] World,
    TileCoordinates Local,
    TileCoordinates BackToWorld,
    IReadOnlyList<TileCoordinates> BatchWorldPoints,
    IReadOnlyList<IReadOnlyList<TileCoordinates>> BatchLocal,
    IReadOnlyList<TileCoordinates> BatchBackToWorld);
