using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;
using Render.Model.Tiles;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>Section data: the aggregate derived at COMPLETE, its reordered and merged views, and the live per-layer view.</summary>
public sealed partial class StackDataService
{
    /// <summary>The section data derived at COMPLETE (400 when never derived, 404 for a stack without data).</summary>
    public async Task<IReadOnlyList<SectionData>> GetSectionDataAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var sections = await store.Tiles.GetSectionDataAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false);
        if (sections is not null)
        {
            return sections;
        }

        await RequireDataAsync(stackId, cancellationToken).ConfigureAwait(false);
        throw new RenderInputException(
            $"section data not aggregated for {stackId}, set stack state to COMPLETE to generate the aggregate collection");
    }

    /// <summary>Sections whose numeric sectionId does not truncate to the same integer as their z.</summary>
    public async Task<IReadOnlyList<SectionData>> GetReorderedSectionDataAsync(
        StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var sections = await GetSectionDataAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false);
        var reordered = new List<SectionData>();
        foreach (var section in sections)
        {
            if (!JavaNumberParse.TryParseDouble(section.SectionId, out var sectionNumber) || section.Z is not { } z)
            {
                throw new RenderInputException(
                    $"reordered sections cannot be determined because stack contains non-standard sectionId ({section.SectionId}) " +
                    $"or z value ({(section.Z is { } sz ? JavaNumberFormat.FormatDouble(sz) : "null")})");
            }

            if (JavaMath.ToInt(sectionNumber) != JavaMath.ToInt(z))
            {
                reordered.Add(section);
            }
        }

        return reordered;
    }

    /// <summary>z values that hold more than one section.</summary>
    public async Task<IReadOnlyList<double>> GetMergedZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var sections = await GetSectionDataAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false);
        return [.. sections.Where(section => section.Z is not null)
            .GroupBy(section => section.Z!.Value)
            .Where(group => group.Select(section => section.SectionId).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(group => group.Key)
            .Order()];
    }

    /// <summary>
    /// render's mergeableData: for each non-integral z whose integer part is the preceding integral z,
    /// a line "{integral index} &lt; {index} : {integral z} &lt; {z}".
    /// </summary>
    public async Task<string> GetMergeableDataAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var (integralIndex, integralZ, index, z) in await MergeablePairsAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false))
        {
            text.Append(CultureInfo.InvariantCulture, $"{integralIndex} < {index} : {JavaNumberFormat.FormatDouble(integralZ)} < {JavaNumberFormat.FormatDouble(z)}\n");
        }

        return text.ToString();
    }

    /// <summary>The integral z values followed by their mergeable non-integral partners, in order, once each.</summary>
    public async Task<IReadOnlyList<double>> GetMergeableZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var ordered = new List<double>();
        var seen = new HashSet<double>();
        foreach (var (_, integralZ, _, z) in await MergeablePairsAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false))
        {
            if (seen.Add(integralZ))
            {
                ordered.Add(integralZ);
            }

            if (seen.Add(z))
            {
                ordered.Add(z);
            }
        }

        return ordered;
    }

    /// <summary>Section data of one layer, computed now from its tiles, by sectionId; works in any state.</summary>
    public async Task<IReadOnlyList<SectionData>> GetLayerSectionDataAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        var bounds = await GetTileBoundsAsync(stackId, TileQuery.Layer(z), cancellationToken).ConfigureAwait(false);
        return [.. bounds.Where(tile => tile.SectionId is not null)
            .GroupBy(tile => tile.SectionId!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new SectionData(
                group.Key, z, group.LongCount(),
                group.Min(tile => tile.MinX), group.Max(tile => tile.MaxX), group.Min(tile => tile.MinY), group.Max(tile => tile.MaxY)))];
    }

    private async Task<List<(int IntegralIndex, double IntegralZ, int Index, double Z)>> MergeablePairsAsync(
        StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var zValues = await GetZValuesAsync(stackId, minZ, maxZ, cancellationToken).ConfigureAwait(false);
        var pairs = new List<(int, double, int, double)>();
        var integralIndex = -1;
        for (var i = 0; i < zValues.Count; i++)
        {
            var z = zValues[i];
            if (z == Math.Truncate(z))
            {
                integralIndex = i;
            }
            else if (integralIndex >= 0 && Math.Truncate(z) == zValues[integralIndex])
            {
                pairs.Add((integralIndex, zValues[integralIndex], i, z));
            }
        }

        return pairs;
    }
}
