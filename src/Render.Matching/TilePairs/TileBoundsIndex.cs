namespace Render.Matching.TilePairs;

/// <summary>
/// The tiles of one layer for neighbour searches: render's TileBoundsRTree. render's R-tree (rtree
/// 0.7.6) keeps boxes, circle centres and radii as floats and tests intersection inclusively; this
/// index does the same on a uniform grid of buckets, so the same tiles are found.
/// </summary>
internal sealed class TileBoundsIndex
{
    private readonly List<LayerTile> _tiles;
    private readonly float[] _boxes;
    private readonly Dictionary<(int, int), List<int>> _cells = [];
    private readonly double _cellSize;
    private readonly int[] _stamps;
    private int _stamp;

    public TileBoundsIndex(double z, IEnumerable<LayerTile> tiles)
    {
        Z = z;
        _tiles = [.. tiles];
        _boxes = new float[_tiles.Count * 4];
        _stamps = new int[_tiles.Count];
        var extents = _tiles.Select(tile => Math.Max(tile.Width, tile.Height)).Where(double.IsFinite).Order().ToList();
        _cellSize = extents.Count > 0 && extents[extents.Count / 2] > 0 ? extents[extents.Count / 2] : 1;
        for (var i = 0; i < _tiles.Count; i++)
        {
            var tile = _tiles[i];
            if (tile.MaxX < tile.MinX || tile.MaxY < tile.MinY)
            {
                throw new ArgumentException($"tile '{tile.TileId}' has a box with max less than min");
            }

            _boxes[4 * i] = (float)tile.MinX;
            _boxes[(4 * i) + 1] = (float)tile.MinY;
            _boxes[(4 * i) + 2] = (float)tile.MaxX;
            _boxes[(4 * i) + 3] = (float)tile.MaxY;
            ForEachCell(_boxes[4 * i], _boxes[(4 * i) + 1], _boxes[(4 * i) + 2], _boxes[(4 * i) + 3], add: true, cell => cell.Add(i));
        }
    }

    public double Z { get; }

    /// <summary>The tiles, in the order given.</summary>
    public IReadOnlyList<LayerTile> Tiles => _tiles;

    /// <summary>Tiles whose box intersects (or touches) the box, in the order given.</summary>
    public List<LayerTile> FindInBox(double minX, double minY, double maxX, double maxY)
    {
        float x1 = (float)minX, y1 = (float)minY, x2 = (float)maxX, y2 = (float)maxY;
        return Search(x1, y1, x2, y2, i => _boxes[(4 * i) + 2] >= x1 && _boxes[4 * i] <= x2 && _boxes[(4 * i) + 3] >= y1 && _boxes[(4 * i) + 1] <= y2);
    }

    /// <summary>Tiles whose box is at most <paramref name="radius"/> from the centre (rtree's Circle.intersects).</summary>
    public List<LayerTile> FindInCircle(double centerX, double centerY, double radius)
    {
        float cx = (float)centerX, cy = (float)centerY, r = (float)radius;
        return Search(cx - r, cy - r, cx + r, cy + r, i => DistanceToBox(cx, cy, i) <= r);
    }

    /// <summary>Tiles not completely covered by tiles with a greater id (render draws those later, on top).</summary>
    public List<LayerTile> FindVisibleTiles() =>
        [.. _tiles.Where(tile => !TileCoverage.IsCompletelyObscured(tile, FindInBox(tile.MinX, tile.MinY, tile.MaxX, tile.MaxY)))];

    /// <summary>rtree's point-to-rectangle distance: float differences, a double root.</summary>
    private double DistanceToBox(float x, float y, int i)
    {
        float x1 = _boxes[4 * i], y1 = _boxes[(4 * i) + 1], x2 = _boxes[(4 * i) + 2], y2 = _boxes[(4 * i) + 3];
        if (x >= x1 && x <= x2 && y >= y1 && y <= y2)
        {
            return 0;
        }

        float dx = Math.Max(0f, x < x1 ? x1 - x : x - x2);
        float dy = Math.Max(0f, y < y1 ? y1 - y : y - y2);
        return Math.Sqrt((dx * (double)dx) + (dy * (double)dy));
    }

    private List<LayerTile> Search(float minX, float minY, float maxX, float maxY, Func<int, bool> hit)
    {
        var found = new List<int>();
        _stamp++;
        ForEachCell(minX, minY, maxX, maxY, add: false, cell =>
        {
            foreach (var i in cell)
            {
                if (_stamps[i] != _stamp)
                {
                    _stamps[i] = _stamp;
                    if (hit(i))
                    {
                        found.Add(i);
                    }
                }
            }
        });
        found.Sort();
        return [.. found.Select(i => _tiles[i])];
    }

    private void ForEachCell(float minX, float minY, float maxX, float maxY, bool add, Action<List<int>> action)
    {
        var (cx1, cy1, cx2, cy2) = (Cell(minX), Cell(minY), Cell(maxX), Cell(maxY));
        if (!add && (long)(cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 4L * _cells.Count)
        {
            // A query wider than the whole layer: visit the occupied cells instead of the empty ones.
            foreach (var ((x, y), cell) in _cells)
            {
                if (x >= cx1 && x <= cx2 && y >= cy1 && y <= cy2)
                {
                    action(cell);
                }
            }

            return;
        }

        for (var y = cy1; y <= cy2; y++)
        {
            for (var x = cx1; x <= cx2; x++)
            {
                if (_cells.TryGetValue((x, y), out var cell))
                {
                    action(cell);
                }
                else if (add)
                {
                    _cells[(x, y)] = cell = [];
                    action(cell);
                }
            }
        }
    }

    private int Cell(float value) => (int)Math.Clamp(Math.Floor(value / _cellSize), int.MinValue / 4, int.MaxValue / 4);
}
