using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Client;

/// <content>
/// Changing the transforms of stored tiles into a target stack: render's ImportTransformChangesClient
/// (a <c>[{tileId, transform}]</c> file) and TransformSectionClient (one shared transform added to
/// every tile of some layers), both without Java. Boxes are derived again here before saving.
/// </content>
public sealed partial class TilesClient
{
    /// <summary>
    /// Applies <paramref name="changes"/> to the tiles of <paramref name="source"/> and saves the
    /// changed tiles (only those) with the shared transforms of their layers to
    /// <paramref name="target"/>, created with the source's version when missing. As render does,
    /// every layer a change touches is read first, and nothing is saved unless every change applies.
    /// </summary>
    /// <returns>The number of tiles saved.</returns>
    /// <exception cref="RenderInputException">
    /// There are no changes, a change lacks a tileId or transform, names a tile twice, or names a tile
    /// that is not in <paramref name="source"/>.
    /// </exception>
    public async Task<int> ApplyTransformChangesAsync(
        StackId source,
        StackId target,
        IReadOnlyList<TileTransform> changes,
        TransformChangeMode mode,
        TileImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var tileIds = CheckedTileIds(changes);
        var sourceMeta = await _stacks.GetMetaDataAsync(source, cancellationToken).ConfigureAwait(false);
        var layers = new Dictionary<double, ResolvedTileSpecCollection>();
        foreach (var tileId in tileIds)
        {
            if (!layers.Values.Any(layer => layer.TileIdToSpecMap.ContainsKey(tileId)))
            {
                var z = await TileZAsync(source, tileId, cancellationToken).ConfigureAwait(false);
                layers[z] = await GetResolvedAsync(source, z, cancellationToken).ConfigureAwait(false);
            }
        }

        var changed = TransformChanges.ApplyAll(layers.Values.SelectMany(layer => layer.TileIdToSpecMap.Values), changes, mode);
        var shared = SharedTransformsOf(layers.Values);
        await ImportAsync(target, changed, shared, WithSourceVersion(options, sourceMeta), cancellationToken).ConfigureAwait(false);
        return changed.Count;
    }

    /// <summary>
    /// Adds <paramref name="transform"/> (a shared transform with an id) to every tile of the layers
    /// <paramref name="zValues"/> of <paramref name="source"/>, after each tile's transforms or in
    /// place of the last one, and saves those layers to <paramref name="target"/> (which may be the
    /// source), created with the source's version when missing. Every layer is checked to exist
    /// before anything is saved; then the layers are read and saved one at a time.
    /// </summary>
    /// <returns>The number of tiles saved.</returns>
    /// <exception cref="RenderInputException">The transform has no id, or a layer has no tiles.</exception>
    public async Task<int> AddTransformToLayersAsync(
        StackId source,
        StackId target,
        LeafTransformSpec transform,
        IReadOnlyList<double> zValues,
        bool replaceLast,
        TileImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(zValues);
        var id = transform.Id ?? throw new RenderInputException("the transform to add needs an id (tiles refer to it by id)");
        var sourceMeta = await _stacks.GetMetaDataAsync(source, cancellationToken).ConfigureAwait(false);
        var stored = (await _sections.GetZValuesAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false)).ToHashSet();
        var missing = zValues.Where(z => !stored.Contains(z)).ToList();
        if (missing.Count > 0 || zValues.Count == 0)
        {
            throw new RenderInputException(zValues.Count == 0 ? "no z values given" : $"{source.Stack} has no tiles with z {string.Join(", ", missing)}");
        }

        options = WithSourceVersion(options, sourceMeta);
        var reference = new ReferenceTransformSpec(id);
        var mode = replaceLast ? TransformChangeMode.ReplaceLast : TransformChangeMode.Append;
        var layers = zValues.Distinct().ToList();
        var count = 0;
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = await GetResolvedAsync(source, layers[i], cancellationToken).ConfigureAwait(false);
            var tiles = layer.TileIdToSpecMap.Values.Select(tile => TransformChanges.Apply(tile, reference, mode)).ToList();
            var shared = new Dictionary<string, TransformSpec>(layer.TransformIdToSpecMap, StringComparer.Ordinal) { [id] = transform };

            // The target is set up before the first layer only and closed after the last one.
            var layerOptions = options with
            {
                CreateWithVersion = i == 0 ? options.CreateWithVersion : null,
                CompleteStack = options.CompleteStack && i == layers.Count - 1,
            };
            await ImportAsync(target, tiles, shared, layerOptions, cancellationToken).ConfigureAwait(false);
            count += tiles.Count;
        }

        return count;
    }

    private static List<string> CheckedTileIds(IReadOnlyList<TileTransform> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            throw new RenderInputException("no transform changes given");
        }

        var ids = TransformChanges.TileIds(changes);
        if (ids.Count != changes.Count)
        {
            var repeated = changes.GroupBy(change => change.TileId, StringComparer.Ordinal).First(group => group.Count() > 1).Key;
            throw new RenderInputException($"tile id {repeated} is listed more than once in the changes");
        }

        return [.. ids];
    }

    private async Task<double> TileZAsync(StackId source, string tileId, CancellationToken cancellationToken)
    {
        try
        {
            var tile = await GetAsync(source, tileId, cancellationToken).ConfigureAwait(false);
            return tile.Z ?? throw new RenderInputException($"tile {tileId} of {source.Stack} has no z");
        }
        catch (RenderNotFoundException)
        {
            throw new RenderInputException($"tile {tileId} of the changes is not in {source.Stack}");
        }
    }

    private static Dictionary<string, TransformSpec> SharedTransformsOf(IEnumerable<ResolvedTileSpecCollection> layers)
    {
        var shared = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        foreach (var entry in layers.SelectMany(layer => layer.TransformIdToSpecMap))
        {
            shared.TryAdd(entry.Key, entry.Value);
        }

        return shared;
    }

    /// <summary>The caller's options, a missing target being created with the source's version.</summary>
    private static TileImportOptions WithSourceVersion(TileImportOptions? options, StackMetaData sourceMeta)
    {
        options ??= new TileImportOptions();
        return options.CreateWithVersion is null ? options : options with { CreateWithVersion = sourceMeta.CurrentVersion ?? new StackVersion() };
    }
}
