using Render.Alignment.Problem;
using Render.Geometry.Fitting;

namespace Render.Alignment.Solving;

/// <content>Each component's gauge: where a component that nothing pins ends up.</content>
internal sealed partial class TileSolver
{
    /// <summary>
    /// Moves every component without fixed tiles (and without the start pull) by the transform of
    /// the last stage's free family (its regulariser's when pulled, else its model's) that best maps
    /// the solved tiles onto their starting positions, sampled on each tile's grid. The energy does
    /// not change under a translation or rotation; for the scaling families the start defines scale.
    /// </summary>
    private void FixGauges((ModelType Model, double Mu, ModelType? Penalty) last)
    {
        var family = last.Mu > 0 && last.Penalty is { } penalty ? penalty : last.Model;
        var members = Enumerable.Range(0, _input.TileCount).GroupBy(tile => _component[tile]).OrderBy(group => group.Key);
        foreach (var group in members)
        {
            var tiles = group.ToArray();
            string gauge;
            if (_componentHasFixed[group.Key])
            {
                gauge = "fixed tiles";
            }
            else if (_options.StartRegularization is not null)
            {
                gauge = "start pull";
            }
            else
            {
                gauge = family.ToRenderName();
                var correction = GaugeCorrection(family, tiles);
                foreach (var tile in tiles)
                {
                    _input.Frames[tile].Lift(Model(tile).Then(correction), _lifted.AsSpan(tile * 6, 6));
                }
            }

            var ids = tiles.Select(_input.TileId).Order(StringComparer.Ordinal).First();
            var z = tiles.Select(tile => _input.LayerZ[_input.Layer[tile]]).ToArray();
            SolvedComponents.Add(new SolvedComponent(tiles.Length, tiles.Count(tile => _input.Fixed[tile]), ids, z.Min(), z.Max(), gauge));
        }
    }

    private Affine2 GaugeCorrection(ModelType family, int[] tiles)
    {
        var px = new List<double>();
        var py = new List<double>();
        var qx = new List<double>();
        var qy = new List<double>();
        foreach (var tile in tiles)
        {
            var spec = _input.InputTiles[_input.InputIndex[tile]];
            var (x, y) = FamilyFit.SampleGrid(spec.Width!.Value, spec.Height!.Value, Math.Max(2, _options.SamplesPerDimension));
            var solved = Model(tile);
            for (var k = 0; k < x.Length; k++)
            {
                var (sx, sy) = solved.Apply(x[k], y[k]);
                var (tx, ty) = _input.Start[tile].Apply(x[k], y[k]);
                px.Add(sx);
                py.Add(sy);
                qx.Add(tx);
                qy.Add(ty);
            }
        }

        return FamilyFit.Fit(family, new PointPairs([.. px], [.. py], [.. qx], [.. qy]));
    }
}
