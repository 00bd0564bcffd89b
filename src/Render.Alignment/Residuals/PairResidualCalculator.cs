using Render.Geometry.Transforms;
using Render.Model;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Alignment.Residuals;

/// <summary>
/// render-ws's <c>pairResidualCalculation</c> as a function: a pair's stored matches (world
/// coordinates of the match stack's tiles as they were rendered for matching) mapped back to tile
/// pixels through those tiles, then into the aligned stack's world through its tiles, and the
/// distances between each match's two points.
/// </summary>
public static class PairResidualCalculator
{
    /// <summary>The residuals of one pair.</summary>
    /// <param name="alignedStackId">The aligned stack (for the answer).</param>
    /// <param name="input">The request.</param>
    /// <param name="matches">The pair's matches, as stored (p and q may be the request's q and p).</param>
    /// <param name="pMatchTile">The request's p tile as it was rendered for matching (render-ws uses the tile normalised for matching), references resolved.</param>
    /// <param name="qMatchTile">The request's q tile likewise.</param>
    /// <param name="pAlignedTile">The request's p tile in the aligned stack, references resolved.</param>
    /// <param name="qAlignedTile">The request's q tile in the aligned stack, references resolved.</param>
    /// <exception cref="RenderInputException">None of the matches maps back into its tiles (render's message).</exception>
    public static ResidualResult Calculate(
        StackId alignedStackId, ResidualInputData input, CanvasMatches matches,
        TileSpec pMatchTile, TileSpec qMatchTile, TileSpec pAlignedTile, TileSpec qAlignedTile)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(matches);
        if (!string.Equals(input.PTileId, matches.PId, StringComparison.Ordinal))
        {
            // as render-ws: the stored pair decides which tile is p
            (pMatchTile, qMatchTile) = (qMatchTile, pMatchTile);
            (pAlignedTile, qAlignedTile) = (qAlignedTile, pAlignedTile);
        }

        var p = matches.Matches?.P;
        var q = matches.Matches?.Q;
        var count = p is [var px, _] ? px.Length : 0;
        var distances = new List<double>(count);
        for (var k = 0; k < count; k++)
        {
            if (ToLocal(pMatchTile, p![0][k], p[1][k]) is not { } pLocal || ToLocal(qMatchTile, q![0][k], q[1][k]) is not { } qLocal)
            {
                continue;
            }

            var pWorld = pAlignedTile.GetWorldCoordinates(pLocal.X, pLocal.Y);
            var qWorld = qAlignedTile.GetWorldCoordinates(qLocal.X, qLocal.Y);
            distances.Add(Math.Sqrt(Math.Pow(pWorld[0] - qWorld[0], 2) + Math.Pow(pWorld[1] - qWorld[1], 2)));
        }

        if (distances.Count == 0)
        {
            throw new RenderInputException(
                $"{input.MatchCollectionId} has {count} matches between {matches.PId} and {matches.QId} but none of them are invertible");
        }

        return Summarise(alignedStackId, input, distances);
    }

    /// <summary>render's statistics of a list of distances.</summary>
    public static ResidualResult Summarise(StackId alignedStackId, ResidualInputData input, IEnumerable<double> distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var sorted = distances.Order().ToList();
        if (sorted.Count == 0)
        {
            return new ResidualResult(alignedStackId, input);
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 0 ? (sorted[middle] + sorted[middle - 1]) / 2.0 : sorted[middle];
        var mean = sorted.Sum() / sorted.Count;
        var rms = Math.Sqrt(sorted.Sum(d => d * d) / sorted.Count);
        return new ResidualResult(alignedStackId, input, median, mean, sorted[^1], rms, input.IncludeDetails == true ? sorted : null);
    }

    private static (double X, double Y)? ToLocal(TileSpec tile, double x, double y)
    {
        try
        {
            var local = tile.GetLocalCoordinates(x, y, tile.MeshCellSize);
            return (local[0], local[1]);
        }
        catch (NoninvertibleTransformException)
        {
            // render-ws skips a match that falls outside its tile's mesh
            return null;
        }
    }
}
