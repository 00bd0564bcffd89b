using Render.Geometry.Numerics;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's RenderDataService reads and the tile-level deletes and z updates: layers, sections,
/// bounds, tile ids, resolved tiles and shared transforms. Section-data variants are in
/// <c>StackDataService.Sections.cs</c>.
/// </summary>
public sealed partial class StackDataService(IRenderStore store, StackService stacks, TileReader reader)
{
    public async Task<IReadOnlyList<double>> GetZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var zValues = await store.Tiles.GetZValuesAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false);
        if (zValues.Count == 0)
        {
            await stacks.GetStoredAsync(stackId, cancellationToken).ConfigureAwait(false);
        }

        return zValues;
    }

    /// <summary>The union of the layer's tile boxes (404 for a stack without data, 400 for an empty layer).</summary>
    public async Task<Bounds> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        var bounds = await store.Tiles.GetLayerBoundsAsync(stackId, z, cancellationToken).ConfigureAwait(false);
        if (bounds is null)
        {
            await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            throw new RenderInputException($"stack {stackId.Stack} does not contain any tiles with a z value of {JavaNumberFormat.FormatDouble(z)}");
        }

        return bounds;
    }

    /// <summary>Tile boxes in stored order; an empty answer for a stack without data is a 404.</summary>
    public async Task<List<TileBounds>> GetTileBoundsAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        var bounds = new List<TileBounds>();
        await foreach (var tile in store.Tiles.FindTileBoundsAsync(stackId, query with { Order = TileOrder.Stored }, cancellationToken)
            .ConfigureAwait(false))
        {
            bounds.Add(tile);
        }

        if (bounds.Count == 0)
        {
            await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
        }

        return bounds;
    }

    /// <summary>GET tileIds: no stack check, as in render (an unknown stack gives []).</summary>
    public IAsyncEnumerable<string> GetTileIdsAsync(StackId stackId, double? minZ, double? maxZ, string? matchPattern, CancellationToken cancellationToken)
    {
        if (matchPattern is not null)
        {
            CheckPattern(matchPattern);
        }

        return store.Tiles.FindTileIdsAsync(stackId, new TileQuery { MinZ = minZ, MaxZ = maxZ, TileIdPattern = matchPattern }, cancellationToken);
    }

    public async Task<long> CountTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        var count = await store.Tiles.CountTilesAsync(stackId, query, cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>Tiles as stored with every shared transform they refer to (transitively).</summary>
    public async Task<ResolvedTileSpecCollection> GetResolvedTilesAsync(
        StackId stackId, TileQuery query, string notFoundDescription, CancellationToken cancellationToken)
    {
        var tiles = await reader.FindAsync(stackId, query, cancellationToken).ConfigureAwait(false);
        if (tiles.Count == 0)
        {
            await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            throw new NotFoundException($"no tile specifications found in {stackId} for {notFoundDescription}");
        }

        var shared = await reader.LoadSharedTransformsAsync(stackId, tiles.Select(tile => (TransformSpec)tile.Transforms), cancellationToken)
            .ConfigureAwait(false);
        return new ResolvedTileSpecCollection(shared, tiles.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal));
    }

    /// <summary>The layer's tiles as stored with every shared transform they refer to (404 naming the z when there are none).</summary>
    public Task<ResolvedTileSpecCollection> GetResolvedTilesAsync(StackId stackId, double z, CancellationToken cancellationToken) =>
        GetResolvedTilesAsync(stackId, TileQuery.Layer(z), $"z={JavaNumberFormat.FormatDouble(z)}", cancellationToken);

    /// <summary>Tiles resolved and flattened, by tileId, as JSON (z tile-specs).</summary>
    public Task<List<byte[]>> GetFlattenedTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken) =>
        reader.FindFlattenedJsonAsync(stackId, query, cancellationToken);

    /// <summary>The tiles with these ids resolved and flattened, by tileId, as JSON (tile-specs-with-ids; no body is no ids).</summary>
    public Task<List<byte[]>> GetFlattenedTilesAsync(StackId stackId, IReadOnlyCollection<string>? tileIds, CancellationToken cancellationToken) =>
        reader.FindFlattenedJsonAsync(stackId, new TileQuery { TileIds = tileIds ?? [] }, cancellationToken);

    /// <summary>render's validation of one tile, resolved (400 with the reason when it is not valid, 404 when it does not exist).</summary>
    public async Task ValidateTileAsync(StackId stackId, string tileId, CancellationToken cancellationToken) =>
        TileValidation.Validate(await reader.GetResolvedAsync(stackId, tileId, flatten: false, cancellationToken).ConfigureAwait(false));

    /// <summary>Each tile of the layer with the last transform of its flattened list.</summary>
    public async Task<List<LastTileTransform>> GetLastTileTransformsAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        var tiles = await reader.FindResolvedAsync(stackId, TileQuery.Layer(z), flatten: true, cancellationToken).ConfigureAwait(false);
        return [.. tiles.Select(tile => new LastTileTransform(tile.TileId, tile.Transforms.LastSpec))];
    }

    public async Task<TransformSpec> GetTransformAsync(StackId stackId, string transformId, CancellationToken cancellationToken)
    {
        var found = await store.Tiles.GetTransformsAsync(stackId, [transformId], cancellationToken).ConfigureAwait(false);
        if (found.TryGetValue(transformId, out var spec))
        {
            return spec;
        }

        await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
        throw new NotFoundException($"transform spec with id '{transformId}' does not exist in the {stackId}");
    }

    public async Task<double> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken) =>
        await store.Tiles.GetSectionZAsync(stackId, sectionId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"sectionId '{sectionId}' does not exist in the {stackId}");

    /// <summary>DELETE of tiles (z, section or one tile): LOADING stacks only.</summary>
    public async Task DeleteTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        var state = await store.Tiles.DeleteTilesAsync(stackId, query, cancellationToken).ConfigureAwait(false);
        Require(stackId, state, s => $"stack state is {s} but must be LOADING to delete data");
    }

    /// <summary>PUT z of the tiles with these ids (no body is no ids): LOADING stacks only.</summary>
    public Task SetZAsync(StackId stackId, IReadOnlyCollection<string>? tileIds, double z, CancellationToken cancellationToken) =>
        SetZAsync(stackId, new TileQuery { TileIds = tileIds ?? [] }, z, cancellationToken);

    /// <summary>PUT z of tiles from a text body holding the z value (400 for another text): LOADING stacks only.</summary>
    public Task SetZAsync(StackId stackId, TileQuery query, string zText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zText);
        var text = zText.Trim();
        return JavaNumberParse.TryParseDouble(text, out var z)
            ? SetZAsync(stackId, query, z, cancellationToken)
            : throw new RenderInputException($"the body must be a z value (a number), not '{text}'");
    }

    /// <summary>PUT z of tiles (by ids or section): LOADING stacks only.</summary>
    public async Task SetZAsync(StackId stackId, TileQuery query, double z, CancellationToken cancellationToken)
    {
        var state = await store.Tiles.SetZAsync(stackId, query, z, cancellationToken).ConfigureAwait(false);
        Require(stackId, state, s => $"Z values can only be updated for stacks in the LOADING state, but this stack's state is {s}.");
    }

    /// <summary>404 unless the stack exists with its data (an OFFLINE stack has none, as render drops its collections).</summary>
    public async Task RequireDataAsync(StackId stackId, CancellationToken cancellationToken)
    {
        var stored = await stacks.GetStoredAsync(stackId, cancellationToken).ConfigureAwait(false);
        if (stored.State == StackState.Offline)
        {
            throw new NotFoundException($"{stackId} does not exist");
        }
    }

    private static void Require(StackId stackId, StackState? state, Func<string, string> notLoading)
    {
        if (state is null)
        {
            throw new NotFoundException($"{stackId} does not exist");
        }

        if (state != StackState.Loading)
        {
            throw new StackStateException(notLoading(StackService.NameOf(state.Value)));
        }
    }

    private static void CheckPattern(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new RenderInputException($"invalid matchPattern '{pattern}': {e.Message}");
        }
    }
}
