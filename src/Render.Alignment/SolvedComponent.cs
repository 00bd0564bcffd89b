namespace Render.Alignment;

/// <summary>
/// One match-connected set of tiles. Each is solved with its own gauge: fixed by its fixed tiles
/// when it has any, else placed where its tiles started (the solution is moved by the transform
/// of the problem's free family that best maps it onto the starting positions).
/// </summary>
/// <param name="TileCount">Tiles in the component.</param>
/// <param name="FixedTileCount">Fixed tiles among them.</param>
/// <param name="FirstTileId">The component's first tile id (ordinal order), to name it.</param>
/// <param name="MinZ">The lowest z among its tiles.</param>
/// <param name="MaxZ">The highest z among its tiles.</param>
/// <param name="Gauge">How its free motion was fixed: <c>fixed tiles</c>, <c>start pull</c>, or the family fitted to the start (<c>TRANSLATION</c>, <c>RIGID</c>, ...).</param>
public sealed record SolvedComponent(int TileCount, int FixedTileCount, string FirstTileId, double MinZ, double MaxZ, string Gauge);
