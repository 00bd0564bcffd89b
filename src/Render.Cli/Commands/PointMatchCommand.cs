using System.Globalization;
using System.IO.Compression;
using Render.Imaging.Codecs.Loading;
using Render.Matching.Canvases;
using Render.Matching.Features;
using Render.Matching.Matching;
using Render.Matching.Pipeline;
using Render.Matching.TilePairs;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render point-match</c>: render's PointMatchClient (canvas render parameter URLs given in
/// pairs as arguments, as render-python passes them) and its SIFTPointMatchClient (tile-pair files
/// from <c>render tile-pairs</c> with <c>--pair-json</c>). Each canvas is rendered here at
/// <c>--render-scale</c> from its render parameters, its SIFT features extracted once however many
/// pairs it is in, matched, filtered, and the inliers stored in full-scale canvas coordinates in
/// <c>--collection</c> of <c>--owner</c> (or written to <c>--match-storage-file</c>). A cluster's
/// job array splits the pairs with <c>--part I/N</c> or its task variables; a rerun of a part
/// stores the same pairs again. A pair whose canvas cannot be rendered is reported and skipped,
/// and the command then exits 1 after storing the others.
/// </summary>
internal static class PointMatchCommand
{
    /// <summary>Pairs per save request.</summary>
    private const int SaveBatchSize = 1_000;

    private const string SiftMapping =
        "SIFT runs in OpenCV: --sift-steps is its layers per octave; --sift-min-scale and --sift-max-scale choose the octaves as render's "
        + "mpicbg SIFT does (features between minScale and maxScale of the canvas size); --sift-fd-size is accepted for render's argv "
        + "but OpenCV's descriptor is always 4 x 4 x 8.";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var collection = MatchCommand.CollectionOption();
        var urls = new Argument<string[]>("canvas-urls")
        {
            Description = "render parameter URLs of canvas pairs: p1 q1 [p2 q2 ...] (render's PointMatchClient)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var pairJson = new Option<FileInfo[]>("--pair-json") { Description = "tile-pair files (render tile-pairs; .json or .json.gz); repeatable" };
        var renderScale = InvariantNumberOption.Double("--render-scale", "render canvases at this scale (default 1); matches are stored at full scale");
        var fillWithNoise = new Option<bool>("--fill-with-noise") { Description = "accepted for render's argv; features come from tile pixels only, as in render" };
        var fdSize = new Option<int>("--sift-fd-size") { Description = "render's SIFTfdSize (default 8). " + SiftMapping, DefaultValueFactory = _ => 8 };
        var minScale = InvariantNumberOption.Double("--sift-min-scale", "render's SIFTminScale (default 0.5)");
        var maxScale = InvariantNumberOption.Double("--sift-max-scale", "render's SIFTmaxScale (default 0.85)");
        var steps = new Option<int>("--sift-steps") { Description = "render's SIFTsteps: scales per octave (default 3)", DefaultValueFactory = _ => 3 };
        var rod = InvariantNumberOption.Double("--match-rod", "ratio of distances for matches (default 0.92)");
        var modelType = new Option<string>("--match-model-type") { Description = "TRANSLATION, RIGID, SIMILARITY or AFFINE", DefaultValueFactory = _ => "AFFINE" };
        var iterations = new Option<int>("--match-iterations") { Description = "RANSAC iterations (default 1000)", DefaultValueFactory = _ => 1000 };
        var maxEpsilon = InvariantNumberOption.Double("--match-max-epsilon", "largest inlier transfer error in full-scale pixels (default 20)");
        var maxEpsilonFullScale = InvariantNumberOption.Double("--match-max-epsilon-full-scale", "the same as --match-max-epsilon (render's newer name)");
        var minInlierRatio = InvariantNumberOption.Double("--match-min-inlier-ratio", "minimal share of inliers among candidates (default 0)");
        var minNumInliers = new Option<int>("--match-min-num-inliers") { Description = "minimal number of inliers (default 4)", DefaultValueFactory = _ => 4 };
        var maxNumInliers = new Option<int?>("--match-max-num-inliers") { Description = "keep at most this many inliers" };
        var maxTrust = InvariantNumberOption.Double("--match-max-trust", "drop candidates costing more than this times the median (default 3)");
        var filter = new Option<string>("--match-filter")
        {
            Description = "SINGLE_SET, CONSENSUS_SETS, AGGREGATED_CONSENSUS_SETS or NO_FILTER",
            DefaultValueFactory = _ => "SINGLE_SET",
        };
        var cacheGb = new Option<int>("--max-feature-cache-gb", "--max-image-cache-gb") { Description = "gigabytes of features to keep (default 2)", DefaultValueFactory = _ => 2 };
        var threads = new Option<int>("--number-of-threads") { Description = "pairs worked on at once (default: the processor count)" };
        var groupIds = new Option<string>("--canvas-group-id-algorithm")
        {
            Description = "FIRST_TILE_SECTION_ID, FIRST_TILE_Z or COLLECTION (canvases given by URL)",
            DefaultValueFactory = _ => "FIRST_TILE_SECTION_ID",
        };
        var ids = new Option<string>("--canvas-id-algorithm") { Description = "FIRST_TILE_ID, FIRST_TILE_Z or CANVAS_NAME (canvases given by URL)", DefaultValueFactory = _ => "FIRST_TILE_ID" };
        var storageFile = new Option<string?>("--match-storage-file") { Description = "write the matches to this JSON file (- for standard output) instead of the collection" };
        var debugDirectory = new Option<string?>("--debug-directory") { Description = "accepted for render's argv; canvases are not saved" };
        var imageRoots = new Option<string[]>("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };
        var withFilter = new Option<bool>("--render-with-filter")
        {
            Description = "--pair-json canvases: render with the default intensity filter (true/false, default true)",
            DefaultValueFactory = _ => true,
        };
        var withoutMask = new Option<bool>("--render-without-mask")
        {
            Description = "--pair-json canvases: render without masks (true/false, default true)",
            DefaultValueFactory = _ => true,
        };
        var filterListName = new Option<string?>("--render-filter-list-name") { Description = "--pair-json canvases: render with this filter list" };
        var fullScaleWidth = new Option<int?>("--render-full-scale-width") { Description = "--pair-json canvases: full-scale width of every canvas" };
        var fullScaleHeight = new Option<int?>("--render-full-scale-height") { Description = "--pair-json canvases: full-scale height of every canvas" };
        var clipWidth = new Option<int?>("--clip-width") { Description = "full-scale pixels kept of LEFT/RIGHT montage canvases (render's clipWidth): only the strip next to the neighbour is matched" };
        var clipHeight = new Option<int?>("--clip-height") { Description = "full-scale pixels kept of TOP/BOTTOM montage canvases (render's clipHeight)" };
        var firstCanvasPosition = new Option<string?>("--first-canvas-position")
        {
            Description = "when clipping one canvas URL pair: where the first canvas lies relative to the second (TOP, BOTTOM, LEFT or RIGHT); --pair-json pairs carry their own",
        };
        var part = new WorkPartOptions(withRenderGroups: false);
        var command = new Command("point-match", "SIFT point matches for canvas pairs, stored in a match collection (render's PointMatchClient)")
        {
            collection, urls, pairJson, renderScale, fillWithNoise, fdSize, minScale, maxScale, steps, rod, modelType, iterations, maxEpsilon,
            maxEpsilonFullScale, minInlierRatio, minNumInliers, maxNumInliers, maxTrust, filter, cacheGb, threads, groupIds, ids, storageFile,
            debugDirectory, imageRoots, withFilter, withoutMask, filterListName, fullScaleWidth, fullScaleHeight, clipWidth, clipHeight, firstCanvasPosition,
        };
        part.AddTo(command);
        ClientCommandAction.Set(command, "point-match", error, async (client, connection, parse, ct) =>
        {
            var collectionId = ConnectionOptions.CollectionOf(connection, parse.GetValue(collection)!);
            var options = new PointMatchOptions(
                RenderScale: parse.GetValue(renderScale) ?? 1.0,
                Sift: new SiftOptions(parse.GetValue(fdSize), parse.GetValue(minScale) ?? 0.5, parse.GetValue(maxScale) ?? 0.85, parse.GetValue(steps)),
                Match: new MatchOptions(
                    Rod: (float)(parse.GetValue(rod) ?? 0.92),
                    ModelType: EnumValue<MatchModelType>(parse.GetValue(modelType)!, "--match-model-type"),
                    Iterations: parse.GetValue(iterations),
                    MaxEpsilonFullScale: (float)(parse.GetValue(maxEpsilonFullScale) ?? parse.GetValue(maxEpsilon) ?? 20),
                    MinInlierRatio: (float)(parse.GetValue(minInlierRatio) ?? 0),
                    MinNumInliers: parse.GetValue(minNumInliers),
                    MaxNumInliers: parse.GetValue(maxNumInliers),
                    MaxTrust: parse.GetValue(maxTrust) ?? 3.0,
                    Filter: parse.GetValue(filter) == "NO_FILTER" ? MatchFilterType.None : EnumValue<MatchFilterType>(parse.GetValue(filter)!, "--match-filter")),
                Naming: new CanvasNaming(
                    EnumValue<CanvasGroupIdAlgorithm>(parse.GetValue(groupIds)!, "--canvas-group-id-algorithm"),
                    EnumValue<CanvasIdAlgorithm>(parse.GetValue(ids)!, "--canvas-id-algorithm"),
                    collectionId.Name),
                MaxDegreeOfParallelism: parse.GetValue(threads),
                FeatureCacheBytes: Math.Max(0, parse.GetValue(cacheGb)) * (1L << 30));
            if (parse.GetValue(debugDirectory) is not null)
            {
                await error.WriteLineAsync("render point-match: --debug-directory is ignored here (canvases are not saved)").ConfigureAwait(false);
            }

            var query = RunQuery(
                parse.GetValue(withFilter), parse.GetValue(filterListName), parse.GetValue(withoutMask), parse.GetValue(fullScaleWidth), parse.GetValue(fullScaleHeight));
            var clip = Clip(parse.GetValue(clipWidth), parse.GetValue(clipHeight), parse.GetValue(firstCanvasPosition), parse.GetValue(urls) ?? []);
            var all = Pairs(client, parse.GetValue(urls) ?? [], parse.GetValue(pairJson) ?? [], query, clip);
            var workPart = part.Resolve(parse);
            var pairs = workPart.Take(all);
            var roots = parse.GetValue(imageRoots) ?? [];
            var loader = new TileImageLoader(roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile, new ImageCache());
            ProcessTuning.ForPointMatching(options.MaxDegreeOfParallelism);
            var pipeline = new PointMatchPipeline(loader, options);
            await error.WriteLineAsync($"point-match: part {workPart}: {pairs.Count} of {all.Count} pair(s)").ConfigureAwait(false);
            PointMatchReport? report = null;
            await TerminalProgress.RunAsync(error, "matching pairs", pairs.Count, async advance =>
            {
                var progress = new SynchronousProgress(update =>
                {
                    advance(1);
                    if (update.Last.Error is { } failure)
                    {
                        error.WriteLine($"render point-match: pair {update.Completed} of {update.Total} skipped: {failure}");
                    }
                });
                report = await pipeline.RunAsync(pairs, progress, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
            await StoreAsync(client, collectionId, report!.Matches, parse.GetValue(storageFile), output, error, ct).ConfigureAwait(false);
            var t = report.Timings;
            await output.WriteLineAsync(
                $"point-match {collectionId.Name}: {report.Pairs.Count} pair(s), {report.Matches.Count} stored with {report.Pairs.Sum(pair => pair.InlierCount)} match(es), "
                + $"{report.Failures.Count} failed, in {report.Elapsed.TotalSeconds:F1} s (render {t.Render.TotalSeconds:F1} s, features {t.Features.TotalSeconds:F1} s, "
                + $"matching {t.Matching.TotalSeconds:F1} s, filtering {t.Filtering.TotalSeconds:F1} s summed over threads)").ConfigureAwait(false);
            if (report.Failures.Count > 0)
            {
                throw new InvalidOperationException($"{report.Failures.Count} of {report.Pairs.Count} pair(s) failed (listed above); the matches of the others are stored");
            }
        });
        return command;
    }

    /// <summary>The URL pairs first, then each file's pairs in file order: the same list for every part of a job.</summary>
    private static List<CanvasPairRequest> Pairs(RenderClient client, string[] urls, FileInfo[] pairFiles, string query, CanvasClip? clip)
    {
        if (urls.Length % 2 != 0)
        {
            throw new ArgumentException("odd number of canvas URLs specified, URLs must be paired");
        }

        if (urls.Length == 0 && pairFiles.Length == 0)
        {
            throw new ArgumentException("no canvas pairs: give canvas URL pairs or --pair-json files");
        }

        var canvases = new Dictionary<string, CanvasRequest>(StringComparer.Ordinal);
        CanvasRequest Canvas(string url, CanvasId? id, MontageRelativePosition? position = null)
        {
            // A clipped canvas is another canvas in each position (render's CanvasIdWithRenderContext equality).
            var key = clip is null ? url : $"{url}::{position}";
            if (!canvases.TryGetValue(key, out var canvas))
            {
                var uri = Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var parsed) ? parsed : throw new ArgumentException($"'{url}' is not a URL");
                canvas = new CanvasRequest(key, id, async token => await client.Rendering.GetParametersAsync(uri, token).ConfigureAwait(false))
                {
                    Clip = clip is null ? null : clip with { Position = position },
                };
                canvases[key] = canvas;
            }

            return canvas;
        }

        var pairs = new List<CanvasPairRequest>();
        for (var i = 0; i < urls.Length; i += 2)
        {
            var first = clip?.Position;
            pairs.Add(new CanvasPairRequest(Canvas(urls[i], null, first), Canvas(urls[i + 1], null, first is { } p ? CanvasClip.Opposite(p) : null)));
        }

        var baseDataUrl = client.Connection.BaseDataUrl;
        foreach (var file in pairFiles)
        {
            var pairFile = ReadPairFile(file);
            var template = pairFile.RenderParametersUrlTemplate ?? throw new ArgumentException($"{file.Name}: no renderParametersUrlTemplate");
            foreach (var pair in pairFile.NeighborPairs)
            {
                if (pair.P?.Id is null || pair.Q?.Id is null)
                {
                    throw new ArgumentException($"{file.Name}: a pair without p or q canvas ids");
                }

                pairs.Add(new CanvasPairRequest(
                    Canvas(WithQuery(RenderParametersUrlTemplate.Resolve(template, baseDataUrl, pair.P.GroupId, pair.P.Id), query), new CanvasId(pair.P.GroupId, pair.P.Id), pair.P.RelativePosition),
                    Canvas(WithQuery(RenderParametersUrlTemplate.Resolve(template, baseDataUrl, pair.Q.GroupId, pair.Q.Id), query), new CanvasId(pair.Q.GroupId, pair.Q.Id), pair.Q.RelativePosition)));
            }
        }

        return pairs;
    }

    /// <summary>
    /// render's clip options: canvas URL pairs clip as PointMatchClient does (one pair only, the first
    /// canvas's position given); pair-file canvases by the relative positions in the file (a canvas
    /// without one fails its pair, as in render). The position here is the first URL canvas's.
    /// </summary>
    private static CanvasClip? Clip(int? width, int? height, string? firstPosition, string[] urls)
    {
        if (width is null && height is null)
        {
            return null;
        }

        MontageRelativePosition? position = null;
        if (urls.Length > 0)
        {
            if (urls.Length != 2)
            {
                throw new ArgumentException("clipping is only supported for single pair runs");
            }

            position = firstPosition is null
                ? throw new ArgumentException("--first-canvas-position must be specified for clipping")
                : EnumValue<MontageRelativePosition>(firstPosition, "--first-canvas-position");
        }

        var clip = new CanvasClip(position, width, height);
        clip.Validate();
        return clip;
    }

    /// <summary>
    /// render's SIFTPointMatchClient run options as query parameters of the pair files' canvas URLs
    /// (render's CanvasRenderParametersUrlTemplate.getTemplateForRun; every canvas is normalized for matching).
    /// </summary>
    private static string RunQuery(bool withFilter, string? filterListName, bool withoutMask, int? fullScaleWidth, int? fullScaleHeight)
    {
        var parameters = new List<string>();
        if (fullScaleWidth is { } width)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"width={width}"));
        }

        if (fullScaleHeight is { } height)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"height={height}"));
        }

        if (withFilter)
        {
            parameters.Add("filter=true");
        }

        if (filterListName is not null)
        {
            parameters.Add("filterListName=" + Uri.EscapeDataString(filterListName));
        }

        if (withoutMask)
        {
            parameters.Add("excludeMask=true");
        }

        parameters.Add("normalizeForMatching=true");
        return string.Join('&', parameters);
    }

    private static string WithQuery(string url, string query) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    private static RenderableCanvasIdPairs ReadPairFile(FileInfo file)
    {
        if (!file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return JsonInputFile.Read<RenderableCanvasIdPairs>(file);
        }

        using var stream = file.OpenRead();
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var parsed = RenderJson.Parse<RenderableCanvasIdPairs>(buffer.ToArray());
        return parsed.Success ? parsed.Value : throw new ArgumentException($"{file.Name}: {parsed.Error}");
    }

    private static async Task StoreAsync(
        RenderClient client, MatchCollectionId collectionId, IReadOnlyList<CanvasMatches> matches, string? storageFile, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (storageFile is not null)
        {
            await using var target = OutputFile.Open(storageFile, output, error);
            await target.Writer.WriteAsync(RenderJson.Serialize(matches)).ConfigureAwait(false);
            await target.CommitAsync().ConfigureAwait(false);
            return;
        }

        foreach (var batch in matches.Chunk(SaveBatchSize))
        {
            await client.Matches.SaveAsync(collectionId, batch, ct).ConfigureAwait(false);
        }
    }

    /// <summary>render's enum names (AFFINE, SINGLE_SET, FIRST_TILE_ID) as ours.</summary>
    private static T EnumValue<T>(string text, string option)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value)
            && !int.TryParse(text, out _)
            ? value
            : throw new ArgumentException($"{option} must be one of {string.Join(", ", Enum.GetNames<T>())} (as render spells them), not '{text}'");

    /// <summary>Reports on the caller's thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<PointMatchProgress> report) : IProgress<PointMatchProgress>
    {
        public void Report(PointMatchProgress value) => report(value);
    }
}
