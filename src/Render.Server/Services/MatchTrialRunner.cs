using System.Diagnostics;
using System.Text.Json.Nodes;
using Render.Imaging.Codecs.Loading;
using Render.Matching.Canvases;
using Render.Matching.Features;
using Render.Matching.Matching;
using Render.Model.PointMatches;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// Runs one match trial with Render.Matching's stages, the ones <c>render point-match</c> runs
/// (canvas rendering, SIFT, ratio matching, the geometric filter): the p and q canvases at the
/// p URL's scale side by side (a trial is one pair, so the two cores take a canvas each), then
/// matching and filtering, each timed for render's StageMatchingStats. A trial is bounded: each
/// canvas at most <see cref="MaxCanvasPixels"/> pixels and <see cref="MaxFeatures"/> features.
/// A clipped trial (render's pClipPosition and clipPixels) renders only the canvases' facing strips
/// and stores its matches in the whole canvases' full-scale coordinates.
/// Images are read only from the image roots and the data folder.
/// </summary>
internal sealed class MatchTrialRunner
{
    /// <summary>The largest canvas a trial renders (2048 x 2048 pixels at the render scale).</summary>
    public const long MaxCanvasPixels = 2048L * 2048;

    /// <summary>The most features of one canvas a trial matches (brute-force matching grows with p x q).</summary>
    public const int MaxFeatures = 40_000;

    private readonly TileImageLoader _loader;

    /// <summary>Trials read images through the server's one loader and cache, as image requests do.</summary>
    public MatchTrialRunner(TileImageLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loader = loader;
    }

    /// <summary>What trials may read: the image roots and the data folder.</summary>
    public ImageAccessPolicy Policy => _loader.Policy;

    /// <summary>The trial's matches (full-scale canvas coordinates, one entry per consensus set) and its stats in render's names.</summary>
    /// <exception cref="ArgumentException">A canvas is too large, has too many features or cannot be rendered.</exception>
    public async Task<(IReadOnlyList<Matches> Matches, JsonObject Stats)> RunAsync(
        MatchTrialRequest trial, (RenderParameters Parameters, CanvasId Id) p, (RenderParameters Parameters, CanvasId Id) q, CancellationToken cancellationToken)
    {
        var scale = p.Parameters.Scale;
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentException($"the pRenderParametersUrl scale must be a positive number, got {scale}");
        }

        var extractor = new SiftFeatureExtractor(trial.Sift);
        var renderer = new MatchCanvasRenderer(_loader);
        var pCanvas = Clip(trial.Clip?.P, p.Parameters with { Scale = scale }, p.Id);
        var qCanvas = Clip(trial.Clip?.Q, q.Parameters with { Scale = scale }, q.Id);
        var pTask = Task.Run(() => Features("p", renderer, extractor, pCanvas.Parameters), cancellationToken);
        var qTask = Task.Run(() => Features("q", renderer, extractor, qCanvas.Parameters), cancellationToken);
        var (pFeatures, pMilliseconds) = await pTask.ConfigureAwait(false);
        var (qFeatures, qMilliseconds) = await qTask.ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var options = trial.MatchOptionsAt(scale);
        var candidates = FeatureMatcher.Match(pFeatures, qFeatures, options.Rod);
        var result = new MatchFilter(options, scale).Filter(candidates);
        var pairs = result.ToCanvasMatches(p.Id, q.Id, scale, pCanvas.Offsets, qCanvas.Offsets);
        var stats = new JsonObject
        {
            ["pFeatureCount"] = pFeatures.Count,
            ["pFeatureDerivationMilliseconds"] = pMilliseconds,
            ["qFeatureCount"] = qFeatures.Count,
            ["qFeatureDerivationMilliseconds"] = qMilliseconds,
            ["consensusSetSizes"] = new JsonArray([.. result.ConsensusSets.Select(set => (JsonNode)set.Count)]),
            ["matchDerivationMilliseconds"] = clock.ElapsedMilliseconds,
        };
        return ([.. pairs.Select(pair => pair.Matches!)], stats);
    }

    /// <summary>render's clipped trial canvases: the strip next to the other canvas, and its offsets for the matches.</summary>
    private static CanvasClip.Clipped Clip(CanvasClip? clip, RenderParameters parameters, CanvasId id) =>
        clip?.Apply(parameters, id.Id!) ?? new CanvasClip.Clipped(parameters, default);

    private static (CanvasFeatures Features, long Milliseconds) Features(string name, MatchCanvasRenderer renderer, SiftFeatureExtractor extractor, RenderParameters parameters)
    {
        var width = Math.Ceiling(parameters.Width * parameters.Scale);
        var height = Math.Ceiling(parameters.Height * parameters.Scale);
        if (width * height > MaxCanvasPixels)
        {
            throw new ArgumentException(
                $"the {name} canvas would be {width} x {height} pixels at scale {parameters.Scale}; a trial renders at most {MaxCanvasPixels:N0} pixels (2048 x 2048) per canvas, lower the scale");
        }

        var clock = Stopwatch.StartNew();
        MatchCanvas canvas;
        try
        {
            canvas = renderer.Render(parameters);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"the {name} canvas cannot be rendered: {e.Message}", e);
        }

        var features = extractor.Extract(canvas);
        if (features.Count > MaxFeatures)
        {
            throw new ArgumentException(
                $"the {name} canvas has {features.Count} features; a trial matches at most {MaxFeatures:N0} per canvas, lower the scale or raise SIFTminScale");
        }

        return (features, clock.ElapsedMilliseconds);
    }
}
