using System.Globalization;
using Render.Geometry.Numerics;
using Render.Model.Json;

namespace Render.Model.Tiles.Validation;

/// <summary>
/// render's TemTileSpecValidator (fly TEM data): a tile passes render's core validation (every
/// channel has mipmap levels with an image, and with <see cref="ImageFileCheck"/> the local files
/// are there), has a z, and its derived box lies within [minCoordinate, maxCoordinate] with a width
/// and height within [minSize, maxSize]. The box must have been derived (render's import derives it
/// first, which also builds every transform). Built with render's defaults (0, 400000, 500, 5000)
/// unless given; <c>files</c> checks image files.
/// </summary>
public sealed class TemTileSpecValidator(
    double minCoordinate = 0, double maxCoordinate = 400_000, double minSize = 500, double maxSize = 5_000, ImageFileCheck? files = null)
    : ITileSpecValidator
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.spec.validator.TemTileSpecValidator";

    /// <summary>The smallest allowed minX and minY.</summary>
    public double MinCoordinate { get; } = minCoordinate;

    /// <summary>The largest allowed maxX and maxY.</summary>
    public double MaxCoordinate { get; } = maxCoordinate;

    /// <summary>The smallest allowed box width and height.</summary>
    public double MinSize { get; } = minSize;

    /// <summary>The largest allowed box width and height.</summary>
    public double MaxSize { get; } = maxSize;

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>
    /// render's init: <c>minCoordinate:-500,maxCoordinate:100000,minSize:500,maxSize:10000</c>, any
    /// subset in any order, names it does not know ignored; the rest keep render's defaults.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not a number.</exception>
    public static TemTileSpecValidator Parse(string? dataString, ImageFileCheck? files = null)
    {
        string[] names = ["minCoordinate:", "maxCoordinate:", "minSize:", "maxSize:"];
        double[] values = [0, 400_000, 500, 5_000];
        foreach (var entry in (dataString ?? string.Empty).Split(','))
        {
            var trimmed = entry.Trim();
            for (var i = 0; i < names.Length; i++)
            {
                if (trimmed.StartsWith(names[i], StringComparison.Ordinal))
                {
                    values[i] = double.TryParse(trimmed.AsSpan(names[i].Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                        ? value
                        : throw new ArgumentException($"validatorData '{dataString}': '{trimmed}' is not a number after {names[i]}");
                }
            }
        }

        return new TemTileSpecValidator(values[0], values[1], values[2], values[3], files);
    }

    /// <inheritdoc/>
    public string ToDataString() =>
        $"minCoordinate:{Java(MinCoordinate)},maxCoordinate:{Java(MaxCoordinate)},minSize:{Java(MinSize)},maxSize:{Java(MaxSize)}";

    /// <inheritdoc/>
    public string? Validate(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (CoreProblem(tile) is { } core)
        {
            return $"core validation failed for tileId '{tile.TileId}', cause: {core}";
        }

        if (tile.Z is null)
        {
            return $"z value is missing for tileId '{tile.TileId}'";
        }

        if (tile is not { MinX: { } minX, MinY: { } minY, MaxX: { } maxX, MaxY: { } maxY })
        {
            return $"bounds are missing for tileId '{tile.TileId}' (derive its bounding box first)";
        }

        var problem = BoxProblem(minX, minY, maxX, maxY);
        return problem is null
            ? null
            : $"{problem} derived for tileId '{tile.TileId}', bounds are [{Java(minX)}, {Java(minY)}, {Java(maxX)}, {Java(maxY)}] with transforms {RenderJson.Serialize(tile.Transforms)}";
    }

    private string? BoxProblem(double minX, double minY, double maxX, double maxY)
    {
        if (minX < MinCoordinate)
        {
            return $"invalid minX of {Java(minX)}";
        }

        if (minY < MinCoordinate)
        {
            return $"invalid minY of {Java(minY)}";
        }

        if (maxX > MaxCoordinate)
        {
            return $"invalid maxX of {Java(maxX)}";
        }

        if (maxY > MaxCoordinate)
        {
            return $"invalid maxY of {Java(maxY)}";
        }

        double width = maxX - minX, height = maxY - minY;
        if (width < MinSize || width > MaxSize)
        {
            return $"invalid width of {Java(width)}";
        }

        return height < MinSize || height > MaxSize ? $"invalid height of {Java(height)}" : null;
    }

    /// <summary>render's TileSpec.validateMipmaps: each channel has levels, each level an image, and the local files are usable.</summary>
    private string? CoreProblem(TileSpec tile)
    {
        var channels = tile.Channels is { Count: > 0 } list
            ? list.Select(c => (Context: $"channel '{c.Name}' of tile '", c.MipmapLevels))
            : [(Context: "tile '", tile.MipmapLevels)];
        foreach (var (context, levels) in channels)
        {
            if (levels.Count == 0)
            {
                return $"{context}{tile.TileId}' does not contain any mipmapLevel elements";
            }

            foreach (var level in levels.Values)
            {
                if (level.ImageUrl is null)
                {
                    return "no imageUrl specified";
                }

                var file = files?.Invoke(level.ImageUrl, "imageUrl");
                if (file is null && level.MaskUrl is { } mask)
                {
                    file = files?.Invoke(mask, "maskUrl");
                }

                if (file is not null)
                {
                    return file;
                }
            }
        }

        return null;
    }

    private static string Java(double value) => JavaNumberFormat.FormatDouble(value);
}
