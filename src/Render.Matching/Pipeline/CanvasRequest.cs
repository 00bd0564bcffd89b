using Render.Matching.Canvases;
using Render.Model.PointMatches;
using Render.Model.Rendering;

namespace Render.Matching.Pipeline;

/// <summary>
/// One canvas of a pair: a key that identifies what is rendered (its render-parameters URL, say;
/// pairs sharing a key share one rendering and one feature extraction), its id in the match
/// collection (or null to name it from its render parameters, as render's PointMatchClient does),
/// and how to get its render parameters (the scale is replaced by the run's render scale).
/// </summary>
/// <param name="Key">What is rendered; equal keys are rendered once.</param>
/// <param name="Id">The canvas's group and id for the stored matches, or null to derive them.</param>
/// <param name="LoadParameters">Fetches the render parameters (called once per key and cached features).</param>
public sealed record CanvasRequest(string Key, CanvasId? Id, Func<CancellationToken, ValueTask<RenderParameters>> LoadParameters)
{
    /// <summary>Render only the strip of the canvas next to its montage neighbour (render's clipWidth/clipHeight), or null for the whole canvas; give clipped canvases their own <see cref="Key"/>.</summary>
    public CanvasClip? Clip { get; init; }

    /// <summary>A canvas whose render parameters are already at hand.</summary>
    public static CanvasRequest Of(string key, CanvasId? id, RenderParameters parameters) =>
        new(key, id, _ => ValueTask.FromResult(parameters));
}
