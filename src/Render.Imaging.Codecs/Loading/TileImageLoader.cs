using System.IO.Compression;
using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Volumes;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// render's UrlMipmapSource over local files: picks the floor mipmap level (or one derived by the
/// path builder when that file exists), decodes it through the access policy with the entry's
/// loader (image files, TIFF stack slices, ImageJ composites, N5 and HDF5 volume slices, dynamic
/// masks), and generates the missing levels by 2×2 averaging; every decoded image and generated
/// level is cached.
/// </summary>
public sealed class TileImageLoader(ImageAccessPolicy policy, ImageCache cache) : ITileImageLoader
{
    /// <summary>The access policy.</summary>
    public ImageAccessPolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The cache of decoded images.</summary>
    public ImageCache Cache { get; } = cache ?? throw new ArgumentNullException(nameof(cache));

    /// <inheritdoc/>
    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => GetFullScaleSize(channel, null);

    /// <inheritdoc/>
    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) => Load(channel, level, withMask, null);

    /// <summary>
    /// A plain image file (the ImageJ loaders, zip entries included) decoded once for a caller that
    /// keeps it no longer than one use (<see cref="ImageDecoder.DecodeTransient"/>: an 8-bit image
    /// stays 8-bit in a pooled array) and not cached; null for what only <see cref="Load(ChannelSource, int, bool)"/>
    /// reads (dynamic masks, ImageJ composites, volume slices).
    /// </summary>
    /// <exception cref="ImageAccessException">The location is not allowed.</exception>
    /// <exception cref="ArgumentException">The file does not exist or cannot be read or decoded (the message names it and its tile).</exception>
    public TransientImage? DecodeTransient(string url, LoaderType? loader, int? slice, string? tileId)
    {
        if (loader is LoaderType.N5Slice or LoaderType.H5Slice or LoaderType.ImageJComposite || DynamicMask.IsDynamic(url))
        {
            return null;
        }

        RequireReadable(url, loader, tileId, null);

        // ImageJ numbers stack slices from 1.
        return ImageDecoder.DecodeTransient(ReadFile(url, null), slice is > 0 ? slice.Value - 1 : 0, url);
    }

    /// <summary>
    /// <see cref="Validate"/>, then the request's image files, each opened once when the level that
    /// needs it is loaded (a derived mipmap level opens only that level's file). Render through the
    /// result (an <see cref="ITileImageLoader"/>) and dispose it after.
    /// </summary>
    /// <exception cref="ImageAccessException">A location is not allowed.</exception>
    /// <exception cref="ArgumentException">A tile has no mipmap levels.</exception>
    public OpenedImages Open(IEnumerable<TileSpec> tiles, bool excludeMask)
    {
        Validate(tiles, excludeMask);
        return new OpenedImages(this);
    }

    internal (int Width, int Height) GetFullScaleSize(ChannelSource channel, OpenedImages? opened)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var (level, first) = FirstEntry(channel);
        var image = Level(first.ImageUrl!, first.ImageLoaderType, first.ImageSliceNumber, steps: 0, mask: false, channel.TileId, opened);
        return (image.Width << level, image.Height << level);
    }

    internal LoadedChannel? Load(ChannelSource channel, int level, bool withMask, OpenedImages? opened)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var (firstLevel, first) = FirstEntry(channel);
        var (key, entry) = channel.Levels.FloorEntry(level)
            ?? throw new ArgumentException(
                $"The highest resolution mipmap ({firstLevel}) for tile '{channel.TileId}' exceeds the requested level ({level}).  Upscaling is not currently supported.");
        if (key < level && channel.PathBuilder is { } builder && first.ImageUrl is { } levelZeroUrl)
        {
            var derivedLevel = builder.NumberOfLevels is { } most ? Math.Min(level, most) : level;
            // The derived level keeps the first entry's loaders and slices (an HDF5 pattern names another data set in the same file).
            var derived = first with
            {
                ImageUrl = MipmapPaths.Derive(builder, levelZeroUrl, level),
                MaskUrl = first.MaskUrl is { } mask ? MipmapPaths.Derive(builder, mask, level) : null,
            };
            if (derivedLevel > key && Exists(derived.ImageUrl!, derived.ImageLoaderType, opened)
                && (derived.MaskUrl is null || Exists(derived.MaskUrl, derived.MaskLoaderType, opened)))
            {
                (key, entry) = (derivedLevel, derived);
            }
        }

        var imageUrl = entry.ImageUrl ?? throw new ArgumentException($"tile '{channel.TileId}' has no image at mipmap level {key}");
        var image = Level(imageUrl, entry.ImageLoaderType, entry.ImageSliceNumber, level - key, mask: false, channel.TileId, opened);
        if (image.Width == 0 || image.Height == 0)
        {
            return null;
        }

        var maskImage = withMask && entry.MaskUrl is { } maskUrl ? Level(maskUrl, entry.MaskLoaderType, entry.MaskSliceNumber, level - key, mask: true, channel.TileId, opened) : null;
        return new LoadedChannel(image, maskImage);
    }

    /// <summary>
    /// render-ws's check before rendering: every tile has a first mipmap level, and its image (and
    /// mask, unless excluded) lies in an allowed location (403 otherwise). Whether a file exists is
    /// checked when the level a request uses is opened (<see cref="Load(ChannelSource, int, bool)"/> throws then, naming the
    /// file and tile): a request served by a derived mipmap level never opens level 0, so a missing
    /// level-0 file fails only the requests that need it.
    /// </summary>
    /// <exception cref="ImageAccessException">A location is not allowed.</exception>
    /// <exception cref="ArgumentException">A tile has no mipmap levels.</exception>
    public void Validate(IEnumerable<TileSpec> tiles, bool excludeMask)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        foreach (var tile in tiles)
        {
            if (tile.GetFirstMipmapEntry() is not { Value: var first })
            {
                throw new ArgumentException($"tile '{tile.TileId}' does not have any mipmap levels");
            }

            Authorize(first.ImageUrl, first.ImageLoaderType);
            if (!excludeMask)
            {
                Authorize(first.MaskUrl, first.MaskLoaderType);
            }
        }
    }

    private void Authorize(string? url, LoaderType? loader)
    {
        if (url is not null && !DynamicMask.IsDynamic(url))
        {
            Policy.Authorize(loader is LoaderType.N5Slice or LoaderType.H5Slice ? VolumeSliceUrl.ContainerOf(url) : url);
        }
    }

    /// <summary>A file about to be decoded must exist: the message names it and its tile.</summary>
    private void RequireReadable(string url, LoaderType? loader, string? tileId, OpenedImages? opened)
    {
        if (!Present(url, loader, opened))
        {
            throw new ArgumentException(
                $"image '{url}' of tile '{tileId}' cannot be read: the {(loader == LoaderType.N5Slice ? "n5 container" : "file")} does not exist");
        }
    }

    /// <summary>
    /// Whether the file (or, for an N5 slice, the container folder) behind an allowed location exists;
    /// a plain file is opened by the request's <paramref name="opened"/> images as it is looked up.
    /// </summary>
    /// <exception cref="ImageAccessException">The location is not allowed.</exception>
    private bool Present(string url, LoaderType? loader, OpenedImages? opened) => loader switch
    {
        LoaderType.N5Slice => Directory.Exists(Policy.Authorize(VolumeSliceUrl.ContainerOf(url))),
        LoaderType.H5Slice => File.Exists(Policy.Authorize(VolumeSliceUrl.ContainerOf(url))),
        _ when opened is not null => opened.TryOpen(url, Policy.Authorize(url)),
        _ => File.Exists(Policy.Authorize(url)),
    };

    private static (int Level, ImageAndMask Entry) FirstEntry(ChannelSource channel) =>
        channel.Levels.Count > 0 && channel.Levels.First() is var (level, entry) && entry.ImageUrl is not null
            ? (level, entry)
            : throw new ArgumentException($"tile '{channel.TileId}' does not have any mipmap levels with an image");

    /// <summary>Whether a derived mipmap can be used; like render, any failure means "use the source level instead".</summary>
    private bool Exists(string url, LoaderType? loader, OpenedImages? opened)
    {
        try
        {
            return DynamicMask.IsDynamic(url) || Present(url, loader, opened);
        }
        catch (ImageAccessException)
        {
            return false;
        }
    }

    /// <summary>The image at <paramref name="url"/> downsampled <paramref name="steps"/> times, each step cached.</summary>
    private Raster Level(string url, LoaderType? loader, int? slice, int steps, bool mask, string? tileId, OpenedImages? opened) =>
        Cache.GetOrAdd($"{(mask ? "mask" : "image")}|{loader}|{url}|{slice}|{steps}", () => steps == 0
            ? Decode(url, loader, slice, mask, tileId, opened)
            : Downsampler.Downsample(Level(url, loader, slice, steps - 1, mask, tileId, opened)));

    private Raster Decode(string url, LoaderType? loader, int? slice, bool mask, string? tileId, OpenedImages? opened)
    {
        if (DynamicMask.IsDynamic(url))
        {
            return DynamicMask.Create(url);
        }

        RequireReadable(url, loader, tileId, opened);

        var raster = loader switch
        {
            LoaderType.N5Slice or LoaderType.H5Slice => VolumeSliceOf(url, loader.Value),
            LoaderType.ImageJComposite => CompositeDecoder.Decode(ReadFile(url, opened), url),

            // ImageJ numbers stack slices from 1.
            _ => ImageDecoder.Decode(ReadFile(url, opened), slice is > 0 ? slice.Value - 1 : 0, url),
        };
        return mask ? RasterConversion.ToMask(raster) : raster;
    }

    /// <summary>render's N5 and HDF5 slice loaders: a window of one slice of a data set in a local container.</summary>
    private Raster VolumeSliceOf(string url, LoaderType loader)
    {
        var slice = VolumeSliceUrl.Parse(url);
        var container = Policy.Authorize(slice.Container);
        if (loader == LoaderType.H5Slice)
        {
            return File.Exists(container)
                ? Hdf5DataSet.LoadSlice(container, slice, url)
                : throw new ArgumentException($"cannot read '{url}': the hdf5 file does not exist");
        }

        return Directory.Exists(container)
            ? VolumeSlice.Load(N5DataSet.Open(container, slice.DataSet), slice, url)
            : throw new ArgumentException($"cannot read '{url}': the n5 container does not exist");
    }

    /// <summary>The file's bytes, from the request's open file when it has one (the location is then checked already).</summary>
    private byte[] ReadFile(string url, OpenedImages? opened)
    {
        var (path, handle) = opened?.FileOf(url) ?? (Policy.Authorize(url), null);
        try
        {
            var bytes = handle is null ? File.ReadAllBytes(path) : ReadAll(handle);
            return path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ReadZipEntry(bytes, path) : bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ArgumentException($"cannot read image '{url}': {exception.Message}", exception);
        }
    }

    /// <summary>A whole open file, read by position (the handle may serve another read of the same request).</summary>
    private static byte[] ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var bytes = new byte[RandomAccess.GetLength(handle)];
        var read = 0;
        for (int n; read < bytes.Length && (n = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0;)
        {
            read += n;
        }

        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>An ImageJ zip: the first entry (a TIFF) is the image.</summary>
    private static byte[] ReadZipEntry(byte[] zip, string path)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = archive.Entries.FirstOrDefault(e => e.Length > 0) ?? throw new InvalidDataException($"{path} holds no image");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
