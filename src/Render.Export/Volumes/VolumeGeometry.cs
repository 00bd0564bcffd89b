using Render.Model;

namespace Render.Export.Volumes;

/// <summary>
/// Where the volume lies in the stack and its scale levels: the origin is the bounds' minimum
/// (integer parts), x and y span (long)(max − min) pixels as render's N5Client sizes them, and z
/// spans every integral layer from minZ to maxZ (render's N5Client uses maxZ − minZ, which drops
/// the last layer; a volume here holds all of them). Level k has the level k − 1 size divided by
/// the factors (rounded down), as 2×2 averaging drops an odd last pixel. With iso factors (render's
/// --isoFactors), level 1 is level 0 divided by them and the scale levels are built from level 1.
/// </summary>
public sealed class VolumeGeometry
{
    /// <exception cref="ExportException">The bounds are incomplete or empty.</exception>
    public VolumeGeometry(Bounds bounds, IReadOnlyList<int> blockSize, IReadOnlyList<int>? factors, IReadOnlyList<int>? isoFactors = null)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(blockSize);
        if (bounds is not { MinX: { } minX, MinY: { } minY, MinZ: { } minZ, MaxX: { } maxX, MaxY: { } maxY, MaxZ: { } maxZ })
        {
            throw new ExportException("the stack has no complete bounds (minX, minY, minZ, maxX, maxY, maxZ); complete the stack so that they are derived, or give bounds");
        }

        Origin = [(long)minX, (long)minY, (long)minZ];
        long[] full = [(long)(maxX - minX), (long)(maxY - minY), (long)maxZ - (long)minZ + 1];
        if (full.Any(d => d < 1))
        {
            throw new ExportException($"the bounds {minX},{minY},{minZ} to {maxX},{maxY},{maxZ} hold no pixels");
        }

        BlockSize = [.. blockSize];
        var levels = new List<long[]> { full };
        int[] unit = [1, 1, 1];
        var cumulative = new List<int[]> { unit };
        if (isoFactors is not null)
        {
            long[] iso = [full[0] / isoFactors[0], full[1] / isoFactors[1], full[2] / isoFactors[2]];
            if (iso.Any(d => d < 1))
            {
                throw new ExportException(
                    $"isoFactors {string.Join(',', isoFactors)} leave no voxel of the {string.Join(" x ", full)} volume (N5DownsamplerSpark's degenerate output dimensions)");
            }

            levels.Add(iso);
            cumulative.Add([.. isoFactors]);
            ViewerBaseLevel = 1;
        }

        while (factors is not null)
        {
            var last = levels[^1];
            long[] next = [last[0] / factors[0], last[1] / factors[1], last[2] / factors[2]];
            if ((last[0] <= blockSize[0] && last[1] <= blockSize[1]) || next.Any(d => d < 1))
            {
                break;
            }

            levels.Add(next);
            var previous = cumulative[^1];
            cumulative.Add([previous[0] * factors[0], previous[1] * factors[1], previous[2] * factors[2]]);
        }

        Levels = levels;
        Factors = cumulative;
    }

    /// <summary>The stack coordinates of voxel (0, 0, 0) of level 0: x, y, z.</summary>
    public IReadOnlyList<long> Origin { get; }

    /// <summary>Block size x, y, z.</summary>
    public IReadOnlyList<int> BlockSize { get; }

    /// <summary>Size x, y, z of each level.</summary>
    public IReadOnlyList<long[]> Levels { get; }

    /// <summary>Factors x, y, z of each level over level 0.</summary>
    public IReadOnlyList<int[]> Factors { get; }

    /// <summary>
    /// The level the viewer metadata calls full scale: 0, or 1 with iso factors (level 1 is then render's
    /// <c>[dataSet]___iso</c>, whose resolution is the stack's times the iso factors).
    /// </summary>
    public int ViewerBaseLevel { get; }

    /// <summary>The factors x, y, z of <paramref name="level"/> (at least 1) over the level before it.</summary>
    public int[] StepFactors(int level) => [.. Factors[level].Select((f, i) => f / Factors[level - 1][i])];

    /// <summary>The blocks x, y, z of a level.</summary>
    public long[] Grid(int level) => [.. Levels[level].Select((d, i) => (d + BlockSize[i] - 1) / BlockSize[i])];

    /// <summary>All blocks of a level, x fastest.</summary>
    public IEnumerable<(long X, long Y, long Z)> Blocks(int level)
    {
        var grid = Grid(level);
        for (var z = 0L; z < grid[2]; z++)
        {
            for (var y = 0L; y < grid[1]; y++)
            {
                for (var x = 0L; x < grid[0]; x++)
                {
                    yield return (x, y, z);
                }
            }
        }
    }
}
