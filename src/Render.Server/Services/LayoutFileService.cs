using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Render.Geometry.Numerics;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>The text layout files of render's TileSpecLayout: KARSH (the default) and SCHEFFER.</summary>
public sealed partial class LayoutFileService(StackService stacks, TileReader reader)
{
    /// <summary>The layout lines, streamed. <paramref name="stackUri"/> is the request URI up to <c>/stack/{stack}</c>.</summary>
    public async IAsyncEnumerable<string> GetLinesAsync(
        StackId stackId, double? minZ, double? maxZ, string format, string stackUri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scheffer = format == "SCHEFFER";
        if (!scheffer && format != "KARSH")
        {
            throw new Errors.NotFoundException($"unknown layout format '{format}'");
        }

        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        if (scheffer)
        {
            yield return stack.Stats?.StackBounds is { } b
                ? $"BBOX {D(b.MinX)} {D(b.MinY)} {D(b.MaxX)} {D(b.MaxY)}\n"
                : "BBOX \n";
        }

        var query = new TileQuery { MinZ = minZ, MaxZ = maxZ, Order = scheffer ? TileOrder.ZTileId : TileOrder.ZMinYMinX };
        await foreach (var tile in reader.StreamResolvedAsync(stackId, query, cancellationToken).ConfigureAwait(false))
        {
            yield return scheffer ? SchefferLine(tile) : KarshLine(tile, stackUri);
        }
    }

    private static string KarshLine(TileSpec tile, string stackUri)
    {
        var layout = tile.Layout;
        var line = new StringBuilder();
        line.Append(Text(layout?.SectionId)).Append('\t').Append(Text(tile.TileId)).Append('\t')
            .Append(KarshAffine(tile)).Append('\t')
            .Append(Text(layout?.ImageCol)).Append('\t').Append(Text(layout?.ImageRow)).Append('\t')
            .Append(Text(layout?.Camera)).Append('\t').Append(Text(RawPath(tile))).Append('\t')
            .Append(Text(layout?.Temca)).Append('\t').Append(D(layout?.Rotation)).Append('\t').Append(D(tile.Z)).Append('\t')
            .Append(stackUri).Append("/tile/").Append(tile.TileId).Append("/render-parameters\n");
        return line.ToString();
    }

    private static string SchefferLine(TileSpec tile) =>
        $"TRANSFORM '{Text(RawPath(tile))}' {string.Join(' ', AffineValues(tile) ?? ["null"])} " +
        $"{D(tile.Width)} {D(tile.Height)}\n";

    /// <summary>The last transform's values in Karsh order (d0 d2 d4 d1 d3 d5), or the stage position, or null.</summary>
    private static string KarshAffine(TileSpec tile)
    {
        if (AffineValues(tile) is { } values)
        {
            return string.Join('\t', values);
        }

        return tile.Layout is { } layout
            ? $"1.0\t0.0\t{D(layout.StageX)}\t0.0\t1.0\t{D(layout.StageY)}"
            : "null";
    }

    private static string[]? AffineValues(TileSpec tile)
    {
        if (tile.Transforms.LastSpec is not LeafTransformSpec leaf)
        {
            return null;
        }

        var values = leaf.DataString.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return values.Length switch
        {
            6 => [values[0], values[2], values[4], values[1], values[3], values[5]],
            > 6 => [values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), .. values],
            _ => null,
        };
    }

    /// <summary>The first mipmap image as a path (render strips <c>file:</c> and extra leading slashes).</summary>
    private static string? RawPath(TileSpec tile)
    {
        var url = tile.GetFirstMipmapEntry()?.Value.ImageUrl;
        return url is null ? null : FileScheme().Replace(url, "/");
    }

    private static string Text(object? value) => value?.ToString() ?? "null";

    private static string D(double? value) => value is { } v ? JavaNumberFormat.FormatDouble(v) : "null";

    [GeneratedRegex("^file:/+")]
    private static partial Regex FileScheme();
}
