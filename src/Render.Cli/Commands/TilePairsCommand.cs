using System.IO.Compression;
using Render.Matching.TilePairs;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render tile-pairs</c>: render's TilePairClient. Pairs every tile of the layers from
/// <c>--min-z</c> to <c>--max-z</c> with its neighbours in the same layer and in the layers up to
/// <c>--z-neighbor-distance</c> above, and writes render's RenderableCanvasIdPairs JSON to
/// <c>--to-json</c> (gzipped when the name ends in <c>.gz</c>); more than <c>--max-pairs-per-file</c>
/// pairs go in render's <c>_p000</c>, <c>_p001</c>... files instead. No pairs, no file. The files
/// appear only when the run is complete.
/// </summary>
internal static class TilePairsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "the stack whose tiles are paired", Required = true };
        var baseOwner = new Option<string?>("--base-owner") { Description = "owner of the stack the URL template names (default: --owner)" };
        var baseProject = new Option<string?>("--base-project") { Description = "project of the stack the URL template names (default: --project)" };
        var baseStack = new Option<string?>("--base-stack") { Description = "stack the URL template names (default: --stack)" };
        var minZ = InvariantNumberOption.Double("--min-z", "the first layer");
        minZ.Required = true;
        var maxZ = InvariantNumberOption.Double("--max-z", "the last layer");
        maxZ.Required = true;
        var xyFactor = InvariantNumberOption.Double("--xy-neighbor-factor", "the neighbour search radius is this times max(width, height) of each tile (default 0.9)");
        var explicitRadius = InvariantNumberOption.Double("--explicit-radius", "a search radius in full-scale pixels instead of --xy-neighbor-factor");
        var zDistance = new Option<int>("--z-neighbor-distance") { Description = "pair with layers up to this far above (0: same layer only)", DefaultValueFactory = _ => 2 };
        var excludeCorner = new Option<bool>("--exclude-corner-neighbors")
        {
            Description = "drop neighbours whose centre is outside the tile's x range and its y range (true/false)",
            DefaultValueFactory = _ => true,
        };
        var excludeObscured = new Option<bool>("--exclude-completely-obscured-tiles")
        {
            Description = "drop tiles completely covered by tiles drawn over them (true/false)",
            DefaultValueFactory = _ => true,
        };
        var excludeSameLayer = new Option<bool>("--exclude-same-layer-neighbors") { Description = "pair only across layers (true/false)" };
        var excludeSameSection = new Option<bool>("--exclude-same-section-neighbors") { Description = "never pair tiles of one section id (true/false)" };
        var excludeCollection = new Option<string?>("--exclude-pairs-in-match-collection") { Description = "leave out the pairs already in this match collection" };
        var existingOwner = new Option<string?>("--existing-match-owner") { Description = "owner of that collection (default: --owner)" };
        var minExisting = new Option<int>("--min-existing-match-count") { Description = "leave out a stored pair only when it has more matches than this (default 0)" };
        var onlyFromStack = new Option<string?>("--only-include-tiles-from-stack") { Description = "only tiles also in this stack ([[owner::]project::]stack)" };
        var nearTileIds = new Option<FileInfo?>("--only-include-tiles-near-tile-ids-json") { Description = "JSON list of tile ids: only these look for neighbours" };
        var rowCol = new Option<bool>("--use-row-col-positions") { Description = "with --z-neighbor-distance 0, place tiles by their layout imageRow/imageCol" };
        var toJson = new Option<string>("--to-json") { Description = "the pairs file (.json, or .json.gz / .gz gzipped)", Required = true };
        var maxPairs = new Option<int>("--max-pairs-per-file") { Description = "the most pairs in one file; more go in _p000, _p001... files", DefaultValueFactory = _ => 100_000 };
        var minX = InvariantNumberOption.Double("--min-x", "only tiles intersecting this box (all four bounds or none)");
        var maxX = InvariantNumberOption.Double("--max-x", "box bound");
        var minY = InvariantNumberOption.Double("--min-y", "box bound");
        var maxY = InvariantNumberOption.Double("--max-y", "box bound");
        var command = new Command("tile-pairs", "find overlapping tile pairs for point matching (render's TilePairClient)")
        {
            stack, baseOwner, baseProject, baseStack, minZ, maxZ, xyFactor, explicitRadius, zDistance, excludeCorner, excludeObscured, excludeSameLayer,
            excludeSameSection, excludeCollection, existingOwner, minExisting, onlyFromStack, nearTileIds, rowCol, toJson, maxPairs, minX, maxX, minY, maxY,
        };
        ClientCommandAction.Set(command, "tile-pairs", error, async (client, connection, parse, ct) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var (from, to) = (parse.GetValue(minZ)!.Value, parse.GetValue(maxZ)!.Value);
            if (from > to)
            {
                throw new ArgumentException($"minZ ({from}) is greater than maxZ ({to})");
            }

            var box = Box(parse.GetValue(minX), parse.GetValue(maxX), parse.GetValue(minY), parse.GetValue(maxY));
            var options = new TilePairOptions(
                ZNeighborDistance: parse.GetValue(zDistance),
                XyNeighborFactor: parse.GetValue(xyFactor) ?? 0.9,
                ExplicitRadius: parse.GetValue(explicitRadius),
                UseRowColPositions: parse.GetValue(rowCol),
                ExcludeCornerNeighbors: parse.GetValue(excludeCorner),
                ExcludeCompletelyObscuredTiles: parse.GetValue(excludeObscured),
                ExcludeSameLayerNeighbors: parse.GetValue(excludeSameLayer),
                ExcludeSameSectionNeighbors: parse.GetValue(excludeSameSection),
                MinExistingMatchCount: parse.GetValue(minExisting),
                OnlyIncludeTilesNearTileIds: parse.GetValue(nearTileIds) is { } near ? JsonInputFile.Read<List<string>>(near).ToHashSet(StringComparer.Ordinal) : null,
                Bounds: box,
                MaxPairsPerFile: parse.GetValue(maxPairs));
            var existing = parse.GetValue(excludeCollection) is { } collection
                ? MatchCollectionId.Create(parse.GetValue(existingOwner) ?? stackId.Owner, collection).GetValueOrThrow()
                : null;
            var sections = existing is null
                ? new Dictionary<double, List<string>>()
                : (await client.Sections.GetDataAsync(stackId, from, to, ct).ConfigureAwait(false))
                    .Where(section => section.Z is not null && section.SectionId is not null)
                    .GroupBy(section => section.Z!.Value)
                    .ToDictionary(group => group.Key, group => group.Select(section => section.SectionId!).ToList());
            var include = parse.GetValue(onlyFromStack) is { } name ? StackFromName(name, stackId) : null;
            var template = RenderParametersUrlTemplate.ForTiles(
                parse.GetValue(baseOwner) ?? stackId.Owner, parse.GetValue(baseProject) ?? stackId.Project, parse.GetValue(baseStack) ?? stackId.Stack);

            var zValues = await client.Sections.GetZValuesAsync(stackId, from, to, ct).ConfigureAwait(false);
            var finder = new TilePairFinder(new ClientTilePairSource(client, stackId, include, existing, sections), options);
            var target = parse.GetValue(toJson)!;
            await using var files = new PendingFiles();
            var pairCount = 0;
            await foreach (var file in finder.FindAsync(zValues, template, target, ct).ConfigureAwait(false))
            {
                await files.WriteAsync(file, ct).ConfigureAwait(false);
                pairCount += file.Pairs.NeighborPairs.Count;
            }

            files.Commit();
            await output.WriteLineAsync(
                $"tile-pairs {stackId.Stack} z {from}..{to}: {pairCount} pair(s) in {files.Count} file(s){(files.Count > 0 ? ": " + string.Join(", ", files.Names) : string.Empty)}")
                .ConfigureAwait(false);
        });
        return command;
    }

    private static LayerBox? Box(double? minX, double? maxX, double? minY, double? maxY)
    {
        if (minX is null && maxX is null && minY is null && maxY is null)
        {
            return null;
        }

        if (minX is null || maxX is null || minY is null || maxY is null)
        {
            throw new ArgumentException($"since one or more of minX ({minX}), maxX ({maxX}), minY ({minY}), maxY ({maxY}) is specified, all must be specified");
        }

        return minX > maxX ? throw new ArgumentException($"minX ({minX}) is greater than maxX ({maxX})")
            : minY > maxY ? throw new ArgumentException($"minY ({minY}) is greater than maxY ({maxY})")
            : new LayerBox(minX.Value, minY.Value, maxX.Value, maxY.Value);
    }

    /// <summary>render's <c>owner::project::stack</c> names, owner and project defaulting to the run's.</summary>
    private static StackId StackFromName(string name, StackId run)
    {
        var parts = name.Split("::");
        var (owner, project, stack) = parts.Length switch
        {
            1 => (run.Owner, run.Project, parts[0]),
            2 => (run.Owner, parts[0], parts[1]),
            3 => (parts[0], parts[1], parts[2]),
            _ => throw new ArgumentException($"'{name}' is not a stack name ([[owner::]project::]stack)"),
        };
        return StackId.Create(owner, project, stack).GetValueOrThrow();
    }

    /// <summary>The pair files of a run, each written to a temporary name and moved into place only when the whole run succeeded.</summary>
    private sealed class PendingFiles : IAsyncDisposable
    {
        private readonly List<(string Temporary, string Target)> _files = [];
        private bool _committed;

        public int Count => _files.Count;

        public IEnumerable<string> Names => _files.Select(file => file.Target);

        public async Task WriteAsync(TilePairFile file, CancellationToken cancellationToken)
        {
            var target = Path.GetFullPath(file.FileName);
            if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"{file.FileName}: .zip pair files are not written here; use .json or .json.gz");
            }

            var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
            _files.Add((temporary, target));
            await using var stream = File.Create(temporary);
            if (target.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                await using var gzip = new GZipStream(stream, CompressionLevel.Optimal);
                await RenderJson.SerializeAsync(gzip, file.Pairs, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await RenderJson.SerializeAsync(stream, file.Pairs, cancellationToken).ConfigureAwait(false);
            }
        }

        public void Commit()
        {
            foreach (var (temporary, target) in _files)
            {
                File.Move(temporary, target, overwrite: true);
            }

            _committed = true;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                foreach (var (temporary, _) in _files)
                {
                    File.Delete(temporary);
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
