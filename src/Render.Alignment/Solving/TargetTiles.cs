using Render.Alignment.Problem;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Solving;

/// <summary>The target stack's tiles, as render's Trakem2SolverClient writes them.</summary>
internal static class TargetTiles
{
    /// <summary>
    /// For each solved tile: its last transform replaced by the solved affine (render's
    /// REPLACE_LAST with an <c>mpicbg.trakem2.transform.AffineModel2D</c> leaf whose data string is
    /// Java's doubles m00 m10 m01 m11 m02 m12), the merged z if given, and its box derived again
    /// with its own mesh cell size (render's <c>addTransformSpecToTile</c> does so).
    /// </summary>
    public static TileSpec[] Build(SolveInput input, Func<int, Affine2> model, IReadOnlyDictionary<string, TransformSpec> shared, SolveOptions options)
    {
        var tiles = new TileSpec[input.TileCount];
        Parallel.For(0, input.TileCount, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, tile =>
        {
            var spec = input.InputTiles[input.InputIndex[tile]];
            var solved = LeafTransformSpec.Of(model(tile).ToAffineModel());
            var changed = TransformChanges.Apply(spec, solved, TransformChangeMode.ReplaceLast);
            var resolved = changed.Transforms.IsFullyResolved
                ? changed
                : changed with { Transforms = (ListTransformSpec)changed.Transforms.ResolveReferences(shared) };
            var box = resolved.DeriveBoundingBox(changed.MeshCellSize, force: true);
            tiles[tile] = changed with
            {
                MinX = box.MinX,
                MinY = box.MinY,
                MaxX = box.MaxX,
                MaxY = box.MaxY,
                Z = options.MergedZ ?? changed.Z,
            };
        });
        return tiles;
    }
}
