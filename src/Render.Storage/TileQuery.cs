namespace Render.Storage;

/// <summary>
/// Which tiles of a stack a read (or a delete) is about. Every condition that is set must hold;
/// an empty query selects every tile. The four box limits follow render's intersection query:
/// a tile matches when its bounding box reaches each given limit.
/// </summary>
public sealed record TileQuery
{
    /// <summary>Every tile of the stack, by tileId.</summary>
    public static TileQuery All { get; } = new();

    /// <summary>Exact z (render stores z as a double and compares for equality).</summary>
    public double? Z { get; init; }

    /// <summary>Smallest z, inclusive.</summary>
    public double? MinZ { get; init; }

    /// <summary>Largest z, inclusive.</summary>
    public double? MaxZ { get; init; }

    /// <summary>Exact groupId.</summary>
    public string? GroupId { get; init; }

    /// <summary>Exact layout.sectionId.</summary>
    public string? SectionId { get; init; }

    /// <summary>Only these tileIds.</summary>
    public IReadOnlyCollection<string>? TileIds { get; init; }

    /// <summary>A regular expression the tileId must contain a match of (render's matchPattern).</summary>
    public string? TileIdPattern { get; init; }

    /// <summary>The tile's maxX must be at least this.</summary>
    public double? ReachesMinX { get; init; }

    /// <summary>The tile's minX must be at most this.</summary>
    public double? ReachesMaxX { get; init; }

    /// <summary>The tile's maxY must be at least this.</summary>
    public double? ReachesMinY { get; init; }

    /// <summary>The tile's minY must be at most this.</summary>
    public double? ReachesMaxY { get; init; }

    /// <summary>The order of the results.</summary>
    public TileOrder Order { get; init; } = TileOrder.TileId;

    /// <summary>Tiles of layer <paramref name="z"/> whose bounding box intersects the box (edges included).</summary>
    public static TileQuery Box(double z, double x, double y, double width, double height, string? groupId = null) => new()
    {
        Z = z,
        GroupId = groupId,
        ReachesMinX = x,
        ReachesMaxX = x + width,
        ReachesMinY = y,
        ReachesMaxY = y + height,
    };

    /// <summary>Tiles of layer <paramref name="z"/> whose bounding box contains the point.</summary>
    public static TileQuery Point(double z, double x, double y) => Box(z, x, y, 0, 0);

    /// <summary>Tiles of one layer.</summary>
    public static TileQuery Layer(double z) => new() { Z = z };

    /// <summary>True when all four box limits are set (a spatial-index query).</summary>
    public bool HasBox => ReachesMinX is not null && ReachesMaxX is not null && ReachesMinY is not null && ReachesMaxY is not null;
}
