using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Export.Mipmaps;

/// <summary>The level files of one channel: the source (first) entry and, for levels 1..numberOfLevels, where each image and mask goes.</summary>
internal sealed record MipmapPlan(int SourceLevel, ImageAndMask Source, IReadOnlyList<MipmapPlan.Level> Levels)
{
    public int FileCount => Levels.Count(l => !l.Listed) * (Source.MaskUrl is null ? 1 : 2);

    /// <exception cref="ExportException">The channel has no first image, or a level's location is not a local file.</exception>
    public static MipmapPlan For(string? tileId, MipmapLevelDictionary levels, MipmapPathBuilder builder)
    {
        if (levels.Count == 0 || levels.First() is not (var sourceLevel, { ImageUrl: not null } source))
        {
            throw new ExportException($"tile '{tileId}' has no image at its first mipmap level");
        }

        var planned = new List<Level>();
        for (var level = 1; level <= builder.NumberOfLevels; level++)
        {
            // Dynamic masks (mask://) are drawn at any level; they have no files.
            var mask = source.MaskUrl is { } maskUrl && !DynamicMask.IsDynamic(maskUrl) ? PathOf(MipmapPaths.Derive(builder, maskUrl, level), tileId) : null;
            planned.Add(new Level(level, levels.ContainsKey(level), PathOf(MipmapPaths.Derive(builder, source.ImageUrl, level), tileId), mask));
        }

        return new MipmapPlan(sourceLevel, source with { MaskUrl = source.MaskUrl is { } m && DynamicMask.IsDynamic(m) ? null : source.MaskUrl }, planned);
    }

    /// <summary>True when every level file the run would write exists (render's isMissingMipmaps is false).</summary>
    public bool AllExist() => AllFiles().All(File.Exists);

    public IEnumerable<string> AllFiles() =>
        Levels.Where(l => !l.Listed).SelectMany(l => l.MaskPath is null ? [l.ImagePath] : new[] { l.ImagePath, l.MaskPath });

    private static string PathOf(string url, string? tileId) =>
        ImageAccessPolicy.ToLocalPath(url) ?? throw new ExportException($"mipmap '{url}' of tile '{tileId}' is not a local file");

    /// <summary>One level: its number, whether the tile lists it itself (then it is not written), and its files.</summary>
    public sealed record Level(int Number, bool Listed, string ImagePath, string? MaskPath);
}
