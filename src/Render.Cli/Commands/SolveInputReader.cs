using System.Diagnostics;
using System.Globalization;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>
/// Reads what a solve needs, as render's Trakem2SolverClient does: the sections of the z range,
/// the resolved tiles of each of their layers, and for each section the pairs whose p tile is in
/// it (within the section and to any other, <c>pGroup/.../matches</c>) from the first collection
/// with the others merged in by the service. Several requests are in flight at once.
/// </summary>
internal static class SolveInputReader
{
    /// <summary>
    /// Requests in flight. The service answers each on its own thread; four kept both cores busy
    /// (server and this process) reading 500 layers and their pairs, where two left them waiting.
    /// </summary>
    private const int RequestsInFlight = 4;

    /// <exception cref="ArgumentException">The range has no sections, or a collection does not exist.</exception>
    public static async Task<SolveInputs> ReadAsync(RenderClient client, SolveRequest request, SolveProgressLog log, CancellationToken cancellationToken)
    {
        var sections = await client.Sections.GetDataAsync(request.Source, request.MinZ, request.MaxZ, cancellationToken).ConfigureAwait(false);
        var layers = sections.Where(section => section.Z is not null).Select(section => section.Z!.Value).Distinct().Order().ToList();
        var groups = sections.Where(section => section.SectionId is not null).Select(section => section.SectionId!).Distinct().Order(StringComparer.Ordinal).ToList();
        if (layers.Count == 0)
        {
            throw new ArgumentException($"stack {request.Source.Stack} does not contain any sections {RangeText(request)}");
        }

        await RequireCollectionsAsync(client, request.Collections, cancellationToken).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var read = await ReadEachAsync(layers, "tiles", "layers", log, (z, ct) => client.Tiles.GetResolvedAsync(request.Source, z, ct), cancellationToken).ConfigureAwait(false);
        var tileTime = clock.Elapsed;

        clock.Restart();
        var merge = new MatchReadOptions(MergeCollections: [.. request.Collections.Skip(1).Select(collection => collection.Name)]);
        var pairs = await ReadEachAsync(groups, "matches", "sections", log, async (group, ct) =>
        {
            var list = new List<CanvasMatches>();
            await foreach (var pair in client.Matches.GetWithPGroupAsync(request.Collections[0], group, merge, ct).ConfigureAwait(false))
            {
                list.Add(pair);
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
        var matchTime = clock.Elapsed;

        var shared = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        foreach (var entry in read.SelectMany(layer => layer.TransformIdToSpecMap))
        {
            shared.TryAdd(entry.Key, entry.Value);
        }

        List<TileSpec> tiles = [.. read.SelectMany(layer => layer.TileIdToSpecMap.Values)];
        List<CanvasMatches> matches = [.. pairs.SelectMany(list => list)];
        log.Phase("read", $"{tiles.Count} tiles in {layers.Count} layers ({tileTime.TotalSeconds:0.0} s), {matches.Count} pairs of {groups.Count} sections ({matchTime.TotalSeconds:0.0} s)");
        return new SolveInputs(read, tiles, shared, matches, groups.Count, tileTime, matchTime);
    }

    private static async Task RequireCollectionsAsync(RenderClient client, IReadOnlyList<MatchCollectionId> collections, CancellationToken cancellationToken)
    {
        var owner = collections[0].Owner;
        var known = (await client.Matches.GetCollectionsAsync(owner, cancellationToken).ConfigureAwait(false))
            .Select(meta => meta.CollectionId?.Name).ToHashSet(StringComparer.Ordinal);
        if (collections.FirstOrDefault(collection => !known.Contains(collection.Name)) is { } missing)
        {
            throw new ArgumentException($"match collection {missing.Name} of owner {owner} does not exist");
        }
    }

    /// <summary>Reads one item per key with <see cref="RequestsInFlight"/> requests at once; the results in the keys' order.</summary>
    private static async Task<T[]> ReadEachAsync<TKey, T>(
        IReadOnlyList<TKey> keys, string phase, string unit, SolveProgressLog log, Func<TKey, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var results = new T[keys.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = RequestsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, keys.Count), parallel, async (index, ct) =>
        {
            results[index] = await read(keys[index], ct).ConfigureAwait(false);
            log.Step(phase, Interlocked.Increment(ref done), keys.Count, unit);
        }).ConfigureAwait(false);
        return results;
    }

    private static string RangeText(SolveRequest request) => (request.MinZ, request.MaxZ) switch
    {
        (null, null) => "(it has no tiles)",
        _ => string.Create(CultureInfo.InvariantCulture, $"with z in [{request.MinZ?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {request.MaxZ?.ToString(CultureInfo.InvariantCulture) ?? "inf"}]"),
    };
}
