namespace Render.Alignment.Residuals;

/// <summary>A layer's tiles coloured by how well their matches agree in an aligned stack (the dashboard's residual view).</summary>
/// <param name="Z">The layer.</param>
/// <param name="TileCount">Tiles in the layer.</param>
/// <param name="PairCount">Pairs measured (within the layer and to other layers).</param>
/// <param name="MatchCount">Matches measured.</param>
/// <param name="IgnoredPairCount">Pairs of the collection naming a tile that is not in the stack.</param>
/// <param name="Mean">Mean distance over all measured matches (world pixels), 0 without matches.</param>
/// <param name="Max">Largest distance of any match.</param>
/// <param name="Tiles">Every tile of the layer, in tile id order.</param>
public sealed record LayerResiduals(
    double Z, int TileCount, int PairCount, long MatchCount, int IgnoredPairCount, double Mean, double Max, IReadOnlyList<TileResidualBox> Tiles);

/// <summary>One tile of the layer: its world box and the distances over all matches of its pairs.</summary>
/// <param name="TileId">The tile.</param>
/// <param name="MinX">Its box in the aligned stack.</param>
/// <param name="MinY">Its box in the aligned stack.</param>
/// <param name="MaxX">Its box in the aligned stack.</param>
/// <param name="MaxY">Its box in the aligned stack.</param>
/// <param name="PairCount">Its measured pairs.</param>
/// <param name="MatchCount">Matches over those pairs.</param>
/// <param name="Mean">Mean distance (world pixels), null without pairs.</param>
/// <param name="Max">Largest distance, null without pairs.</param>
/// <param name="WorstPairs">Its pairs, largest maximum distance first (at most <see cref="LayerResidualCalculator.WorstPairsPerTile"/>).</param>
public sealed record TileResidualBox(
    string TileId, double MinX, double MinY, double MaxX, double MaxY, int PairCount, int MatchCount, double? Mean, double? Max, IReadOnlyList<NeighbourResidual> WorstPairs);

/// <summary>One pair seen from one of its tiles.</summary>
/// <param name="OtherTileId">The pair's other tile.</param>
/// <param name="OtherZ">The other tile's layer.</param>
/// <param name="MatchCount">Matches in the pair.</param>
/// <param name="Mean">Mean distance (world pixels).</param>
/// <param name="Max">Largest distance.</param>
public sealed record NeighbourResidual(string OtherTileId, double OtherZ, int MatchCount, double Mean, double Max);
