using System.Diagnostics;
using Render.Alignment;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// Saves a solve's tiles as render's Trakem2SolverClient does: the target set up as a stack
/// derived from the source (created with its resolution values and mipmap path builder when
/// missing, set LOADING), then each source layer's solved tiles with the shared transforms that
/// layer was read with, one <c>resolvedTiles</c> request per layer, boxes as the solve derived
/// them; layers without solved tiles are skipped; COMPLETE on request. The target is touched only
/// after the solve succeeded, so bad input leaves it as it was.
/// </summary>
internal static class SolveTargetWriter
{
    /// <summary>
    /// Layers saved at once. The service stores one request at a time; a second one in flight is
    /// read and checked meanwhile.
    /// </summary>
    private const int RequestsInFlight = 2;

    /// <summary>Fails before anything is read when the target exists and cannot be written (render refuses a READ_ONLY one).</summary>
    /// <exception cref="InvalidOperationException">The target is READ_ONLY.</exception>
    public static async Task CheckWritableAsync(RenderClient client, StackId target, CancellationToken cancellationToken)
    {
        try
        {
            var meta = await client.Stacks.GetMetaDataAsync(target, cancellationToken).ConfigureAwait(false);
            if (meta.State == StackState.ReadOnly)
            {
                throw new InvalidOperationException($"{target.Stack} is READ_ONLY and cannot be set LOADING");
            }
        }
        catch (RenderNotFoundException)
        {
            // created when the solve is done
        }
    }

    /// <returns>The time spent saving.</returns>
    public static async Task<TimeSpan> SaveAsync(
        RenderClient client, StackMetaData sourceMeta, StackId target, SolveInputs inputs, SolveResult result, bool complete, SolveProgressLog log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await client.Stacks.SetUpDerivedAsync(sourceMeta, target, cancellationToken).ConfigureAwait(false);
        var solved = result.Tiles.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal);
        var layers = inputs.Layers
            .Select(layer => layer with
            {
                TileIdToSpecMap = layer.TileIdToSpecMap.Keys.Where(solved.ContainsKey).ToDictionary(id => id, id => solved[id], StringComparer.Ordinal),
            })
            .Where(layer => layer.TileIdToSpecMap.Count > 0)
            .ToList();

        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = RequestsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(layers, parallel, async (layer, ct) =>
        {
            await client.Tiles.SaveResolvedAsync(target, layer, deriveData: false, ct).ConfigureAwait(false);
            log.Step("save", Interlocked.Increment(ref done), layers.Count, $"layers to {target.Stack}");
        }).ConfigureAwait(false);

        if (complete)
        {
            await client.Stacks.SetStateAsync(target, StackState.Complete, cancellationToken).ConfigureAwait(false);
        }

        log.Phase("save", $"{result.Tiles.Count} tiles in {layers.Count} layers saved to {target.Stack}{(complete ? " (COMPLETE)" : string.Empty)}");
        return clock.Elapsed;
    }
}
