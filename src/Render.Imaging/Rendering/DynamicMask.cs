using System.Globalization;
using Render.Imaging.Pixels;

namespace Render.Imaging.Rendering;

/// <summary>
/// render's DYNAMIC_MASK images: <c>mask://outside-box?minX=&amp;minY=&amp;maxX=&amp;maxY=&amp;width=&amp;height=[&amp;level=n]</c>
/// is an 8-bit width×height image, 255 inside [minX, maxX)×[minY, maxY) and 0 outside,
/// downsampled n times.
/// </summary>
public static class DynamicMask
{
    /// <summary>The URL scheme of dynamic masks.</summary>
    public const string Scheme = "mask://";

    /// <summary>True when <paramref name="url"/> describes a dynamic mask.</summary>
    public static bool IsDynamic(string? url) => url?.StartsWith(Scheme, StringComparison.Ordinal) == true;

    /// <summary>Draws the mask a URL describes.</summary>
    /// <exception cref="ArgumentException">The URL is not a dynamic mask or lacks a parameter.</exception>
    public static Raster Create(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (!IsDynamic(url) || !url.AsSpan(Scheme.Length).StartsWith("outside-box") || query < 0)
        {
            throw new ArgumentException($"unsupported dynamic mask '{url}': only mask://outside-box?... is known");
        }

        var values = url[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty, StringComparer.Ordinal);
        int Get(string name) =>
            values.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? (int)value
                : throw new ArgumentException($"dynamic mask '{url}' has no valid {name}");
        var width = Get("width");
        var height = Get("height");
        if (width <= 0 || height <= 0 || (long)width * height > 1L << 28)
        {
            throw new ArgumentException($"dynamic mask '{url}' has an unsupported size {width}x{height}");
        }

        var mask = Raster.Allocate(PixelKind.Gray8, width, height);
        int minX = Math.Max(0, Get("minX")), minY = Math.Max(0, Get("minY")), maxX = Math.Min(width, Get("maxX")), maxY = Math.Min(height, Get("maxY"));
        for (var y = minY; y < maxY; y++)
        {
            mask.Gray!.Row(y)[minX..Math.Max(minX, maxX)].Fill(255);
        }

        var level = values.ContainsKey("level") ? Get("level") : 0;
        for (var i = 0; i < level; i++)
        {
            mask = Downsampler.Downsample(mask);
        }

        return mask;
    }
}
