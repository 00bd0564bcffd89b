using System.Text.RegularExpressions;
using Render.Model.Stacks;

namespace Render.Imaging.Rendering;

/// <summary>
/// render's MipmapPathBuilder: where the derived level-n copy of a level-0 image lives. A dynamic
/// mask gets <c>&amp;level=n</c> instead of a path.
/// </summary>
public static class MipmapPaths
{
    /// <summary>
    /// The URL of level <paramref name="level"/> (capped at the builder's number of levels) of the
    /// image at <paramref name="levelZeroUrl"/>: <c>rootPath/ + level + (the URL after its first ':') + '.' + extension</c>,
    /// or with the builder's pattern, its first group + level + its second group.
    /// </summary>
    public static string Derive(MipmapPathBuilder builder, string levelZeroUrl, int level)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(levelZeroUrl);
        var effective = builder.NumberOfLevels is { } levels ? Math.Min(level, levels) : level;
        if (DynamicMask.IsDynamic(levelZeroUrl))
        {
            return $"{levelZeroUrl}&level={effective}";
        }

        if (builder.ImageMipmapPatternString is { } pattern)
        {
            var match = Regex.Match(levelZeroUrl, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            if (match.Success && match.Groups.Count > 2)
            {
                return $"{match.Groups[1].Value}{effective}{match.Groups[2].Value}";
            }
        }

        // render keeps the root with a trailing '/' and joins a relative path with one.
        var colon = levelZeroUrl.IndexOf(':', StringComparison.Ordinal);
        var path = colon >= 0 ? levelZeroUrl[(colon + 1)..] : levelZeroUrl.StartsWith('/') ? levelZeroUrl : "/" + levelZeroUrl;
        var root = builder.RootPath ?? string.Empty;
        root = root.EndsWith('/') ? root : root + "/";
        return $"{root}{effective}{path}.{builder.Extension}";
    }
}
