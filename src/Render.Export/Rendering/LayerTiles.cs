using Render.Model;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Export.Rendering;

/// <summary>
/// Box render parameters from tile specs held in memory (for example one layer's resolved tiles,
/// fetched once): the tiles of the box's layer whose bounding box intersects the box, edges
/// included, in tileId order, as render-ws's box query returns them. Tiles must be resolved,
/// flattened and carry their bounding boxes.
/// </summary>
public sealed class LayerTiles : IBoxParametersSource
{
    private readonly Dictionary<double, TileSpec[]> _layers;
    private readonly RenderParameters _defaults;

    /// <summary>
    /// Tiles of any number of layers; <paramref name="defaults"/> carries what every box gets besides
    /// its box and tiles (mipmapPathBuilder, channels, intensity range, filters...).
    /// </summary>
    /// <exception cref="ArgumentException">A tile has no z or no bounding box.</exception>
    public LayerTiles(IEnumerable<TileSpec> tiles, RenderParameters? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var list = tiles.ToList();
        if (list.FirstOrDefault(t => t.Z is null || t.MinX is null || t.MinY is null || t.MaxX is null || t.MaxY is null) is { } bad)
        {
            throw new ArgumentException($"tile '{bad.TileId}' has no z or no bounding box; derive its box before exporting");
        }

        _layers = list.GroupBy(t => t.Z!.Value).ToDictionary(g => g.Key, g => g.OrderBy(t => t.TileId, StringComparer.Ordinal).ToArray());
        _defaults = defaults ?? new RenderParameters();
    }

    /// <summary>The layers' z values, ascending.</summary>
    public IReadOnlyList<double> ZValues => [.. _layers.Keys.Order()];

    /// <summary>The union of a layer's tile boxes (render-ws's z/{z}/bounds), or null when it has no tiles.</summary>
    public Bounds? LayerBounds(double z) => _layers.TryGetValue(z, out var tiles) ? BoundsOf(tiles, z, z) : null;

    /// <summary>The union of every tile box with the z range (the stack's bounds once complete), or null without tiles.</summary>
    public Bounds? StackBounds() =>
        _layers.Count == 0 ? null : BoundsOf([.. _layers.Values.SelectMany(t => t)], _layers.Keys.Min(), _layers.Keys.Max());

    /// <inheritdoc/>
    public Task<RenderParameters> GetBoxAsync(BoxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        double minX = request.X, minY = request.Y, maxX = request.X + request.Width, maxY = request.Y + request.Height;
        var tiles = _layers.TryGetValue(request.Z, out var layer)
            ? [.. layer.Where(t => t.MinX <= maxX && t.MaxX >= minX && t.MinY <= maxY && t.MaxY >= minY)]
            : Array.Empty<TileSpec>();
        return Task.FromResult(_defaults with
        {
            X = request.X,
            Y = request.Y,
            Width = request.Width,
            Height = request.Height,
            Scale = request.Scale,
            TileSpecs = tiles,
        });
    }

    private static Bounds BoundsOf(IReadOnlyCollection<TileSpec> tiles, double minZ, double maxZ) =>
        new(tiles.Min(t => t.MinX), tiles.Min(t => t.MinY), minZ, tiles.Max(t => t.MaxX), tiles.Max(t => t.MaxY), maxZ);
}
