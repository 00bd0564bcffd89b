using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Server.Services;

/// <summary>
/// render's TileSpec.validate(): every channel has mipmap levels, every level an image whose local
/// file (file: or scheme-less URLs) exists, is readable and not empty (same for masks), and the
/// transforms are resolved and can be built. Failures are <see cref="RenderInputException"/>s.
/// </summary>
public static class TileValidation
{
    public static void Validate(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.Channels is { Count: > 0 } channels)
        {
            foreach (var channel in channels)
            {
                ValidateLevels(channel.MipmapLevels, $"channel '{channel.Name}' of tile '{tile.TileId}'");
            }
        }
        else
        {
            ValidateLevels(tile.MipmapLevels, $"tile '{tile.TileId}'");
        }

        ValidateTransform(tile.Transforms);
    }

    /// <summary>A transform spec must be fully resolved and buildable.</summary>
    public static void ValidateTransform(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var unresolved = spec.GetUnresolvedIds();
        if (unresolved.Count > 0)
        {
            throw new RenderInputException(
                $"spec '{spec.Id}' has the following unresolved references: [{string.Join(", ", unresolved.Order(StringComparer.Ordinal))}]");
        }

        _ = spec.BuildTransform();
    }

    private static void ValidateLevels(MipmapLevelDictionary levels, string owner)
    {
        if (levels.Count == 0)
        {
            throw new RenderInputException($"{owner} does not contain any mipmapLevel elements");
        }

        foreach (var image in levels.Values)
        {
            CheckFile(image.ImageUrl ?? throw new RenderInputException("no imageUrl specified"), "imageUrl");
            if (image.MaskUrl is { } mask)
            {
                CheckFile(mask, "maskUrl");
            }
        }
    }

    /// <summary>Local files must exist and not be empty; other schemes are not checked (as in render).</summary>
    private static void CheckFile(string url, string kind)
    {
        string path;
        if (url.StartsWith("file:", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                throw new RenderInputException($"failed to create URI for '{url}'");
            }

            path = uri.LocalPath;
        }
        else if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mask:", StringComparison.Ordinal))
        {
            return;
        }
        else
        {
            path = Path.GetFullPath(url);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new RenderInputException($"cannot find {kind} file '{file.FullName}'");
        }

        if (file.Length == 0)
        {
            throw new RenderInputException($"{kind} file '{file.FullName}' is empty");
        }
    }
}
