using System.Diagnostics;
using Render.Imaging.Rendering;
using Render.Matching.Canvases;
using Render.Matching.Features;
using Render.Matching.Matching;

namespace Render.Matching.Pipeline;

/// <summary>
/// render's PointMatchClient as a library: for each canvas pair, render both canvases at the run's
/// scale (once per distinct canvas), extract SIFT features (cached), match them by the ratio test,
/// filter geometrically, and return the inliers as CanvasMatches in full-scale canvas coordinates.
/// Pairs run in parallel (a pair is the unit of work, so two cores keep two pairs going); the
/// result is the same whatever the parallelism. A pair whose canvas cannot be rendered is reported
/// in its outcome and skipped.
/// </summary>
public sealed class PointMatchPipeline
{
    /// <summary>Render parameters fetched ahead, per worker: enough to hide a round trip, few enough to hold.</summary>
    private const int PrefetchPerWorker = 4;

    private readonly PointMatchOptions _options;
    private readonly MatchCanvasRenderer _renderer;
    private readonly SiftFeatureExtractor _extractor;
    private readonly MatchFilter _filter;

    /// <summary>Creates a pipeline that loads tile images through <paramref name="loader"/>.</summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public PointMatchPipeline(ITileImageLoader loader, PointMatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        _renderer = new MatchCanvasRenderer(loader);
        _extractor = new SiftFeatureExtractor(options.Sift);
        _filter = new MatchFilter(options.Match, options.RenderScale);
    }

    /// <summary>Matches every pair; <paramref name="progress"/> hears of each pair as it is done.</summary>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<PointMatchReport> RunAsync(IReadOnlyList<CanvasPairRequest> pairs, IProgress<PointMatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var clock = Stopwatch.StartNew();
        var cache = new CanvasFeatureCache(_options.FeatureCacheBytes);
        var canvasIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var canvases = new List<CanvasRequest>();
        foreach (var pair in pairs)
        {
            foreach (var canvas in (CanvasRequest[])[pair.P, pair.Q])
            {
                if (canvasIndexes.TryAdd(canvas.Key, canvasIndexes.Count))
                {
                    canvases.Add(canvas);
                }

                cache.Expect(canvas.Key);
            }
        }

        using var prefetch = new ParameterPrefetch(canvases, PrefetchPerWorker * _options.Threads, cancellationToken);

        var outcomes = new PairOutcome[pairs.Count];
        int completed = 0, failed = 0;
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, pairs.Count), parallel, async (index, token) =>
        {
            var outcome = await RunPairAsync(index, pairs[index], new RunState(cache, canvasIndexes, prefetch), token).ConfigureAwait(false);
            outcomes[index] = outcome;
            lock (gate)
            {
                completed++;
                failed += outcome.Failed ? 1 : 0;
                progress?.Report(new PointMatchProgress(completed, pairs.Count, failed, outcome));
            }
        }).ConfigureAwait(false);

        var totals = outcomes.Aggregate(default(StageTimings), (sum, outcome) => sum + outcome.Timings);
        return new PointMatchReport(outcomes, totals, clock.Elapsed);
    }

    private async Task<PairOutcome> RunPairAsync(int index, CanvasPairRequest pair, RunState run, CancellationToken cancellationToken)
    {
        var timings = default(StageTimings);
        CachedCanvas? p = null, q = null;
        var cache = run.Cache;
        try
        {
            // A canvas another worker is making now is waited for last: this worker makes the other meanwhile.
            if (cache.IsBeingMade(pair.P.Key) && !cache.IsBeingMade(pair.Q.Key))
            {
                (q, timings) = await CanvasAsync(pair.Q, run, timings, cancellationToken).ConfigureAwait(false);
            }

            (p, timings) = await CanvasAsync(pair.P, run, timings, cancellationToken).ConfigureAwait(false);
            if (q is null)
            {
                (q, timings) = await CanvasAsync(pair.Q, run, timings, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var which = p is null ? pair.P : pair.Q;
            return new PairOutcome(index, p?.Id ?? pair.P.Id, q?.Id ?? pair.Q.Id, [], p?.Features.Count ?? 0, 0, 0, 0, $"canvas '{which.Key}' cannot be rendered: {error.Message}", timings);
        }
        finally
        {
            cache.Release(pair.P.Key);
            cache.Release(pair.Q.Key);
        }

        var clock = Stopwatch.StartNew();
        var candidates = FeatureMatcher.Match(p.Features, q.Features, _options.Match.Rod);
        var matching = clock.Elapsed;
        clock.Restart();
        var result = _filter.Filter(candidates);
        var matches = result.ToCanvasMatches(p.Id, q.Id, _options.RenderScale, p.ClipOffsets, q.ClipOffsets);
        timings += new StageTimings(TimeSpan.Zero, TimeSpan.Zero, matching, clock.Elapsed);
        return new PairOutcome(index, p.Id, q.Id, matches, p.Features.Count, q.Features.Count, candidates.Count, result.InlierCount, null, timings);
    }

    private async Task<(CachedCanvas Canvas, StageTimings Timings)> CanvasAsync(CanvasRequest request, RunState run, StageTimings timings, CancellationToken cancellationToken)
    {
        var (canvas, created) = await run.Cache.GetAsync(request.Key, () => MakeAsync(request, run.CanvasIndexes[request.Key], run.Prefetch, cancellationToken)).ConfigureAwait(false);
        return (canvas, created ? timings + new StageTimings(canvas.Render, canvas.Extraction, TimeSpan.Zero, TimeSpan.Zero) : timings);
    }

    private async Task<CachedCanvas> MakeAsync(CanvasRequest request, int canvasIndex, ParameterPrefetch prefetch, CancellationToken cancellationToken)
    {
        var parameters = await prefetch.TakeAsync(request, cancellationToken).ConfigureAwait(false);
        parameters = parameters with { Scale = _options.RenderScale };

        // A clipped canvas renders only its strip next to the neighbour; its matches move back by the offsets.
        var clipped = request.Clip?.Apply(parameters, request.Id?.Id ?? request.Key) ?? new CanvasClip.Clipped(parameters, default);
        parameters = clipped.Parameters;

        // Rendering and SIFT are CPU work: off the caller's context, one canvas per worker.
        return await Task.Run(
            () =>
            {
                var clock = Stopwatch.StartNew();
                var canvas = _renderer.Render(parameters);
                var render = clock.Elapsed;
                clock.Restart();
                var features = _extractor.Extract(canvas);
                var id = request.Id ?? _options.Naming.Name(parameters, canvasIndex);
                return new CachedCanvas(id, features, render, clock.Elapsed, clipped.Offsets);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the pairs of one run share.</summary>
    private sealed record RunState(CanvasFeatureCache Cache, Dictionary<string, int> CanvasIndexes, ParameterPrefetch Prefetch);
}
