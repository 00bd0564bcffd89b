using Render.Imaging.Pixels;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Filters;

/// <summary>
/// Which filters a render applies to a tile's channel, and applying them: the channel's own
/// <c>filterSpec</c> (a legacy tile's is the tile's), then the request's <c>filterSpecs</c>, or
/// render's default filters when the request asks for <c>doFilter</c> without listing any.
/// Filters run on a copy of the (cached, shared) loaded pixels, with scale 1/2^level.
/// </summary>
/// <param name="random">The generator for filters that draw noise (render's is unseeded).</param>
public sealed class FilterChain(Random random)
{
    /// <summary>The chain render-ws uses: noise from the shared generator.</summary>
    public static FilterChain Shared { get; } = new(Random.Shared);

    /// <summary>The filters for a channel whose own filter is <paramref name="channelFilter"/> (or none).</summary>
    public IReadOnlyList<IImageFilter> For(RenderParameters parameters, FilterSpec? channelFilter)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var filters = new List<IImageFilter>();
        if (channelFilter is not null)
        {
            filters.Add(FilterRegistry.Create(channelFilter, random));
        }

        if (parameters.FilterSpecs is { Count: > 0 } specs)
        {
            filters.AddRange(specs.Select(spec => FilterRegistry.Create(spec, random)));
        }
        else if (parameters.DoFilter)
        {
            filters.AddRange(FilterRegistry.DefaultFilters(random));
        }

        return filters;
    }

    /// <summary>
    /// <paramref name="image"/> filtered by <paramref name="filters"/> at mipmap <paramref name="level"/>:
    /// a filtered copy, or the image itself when there is nothing to apply.
    /// </summary>
    public static Raster Apply(Raster image, IReadOnlyList<IImageFilter> filters, DisplayRange range, int level)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            return image;
        }

        var copy = Raster.Allocate(image.Kind, image.Width, image.Height);
        if (image.Gray is { } gray)
        {
            gray.Pixels.CopyTo(copy.Gray!.Pixels);
        }
        else
        {
            image.Rgb!.Pixels.CopyTo(copy.Rgb!.Pixels);
        }

        var scale = 1.0 / (1 << level);
        foreach (var filter in filters)
        {
            filter.Process(copy, range, scale);
        }

        return copy;
    }

    /// <summary>
    /// Builds every filter the parameters name (the request's and each tile's and channel's), so
    /// that an unknown class or a bad parameter is refused before anything is loaded.
    /// </summary>
    /// <exception cref="Render.Model.RenderInputException">A filter spec cannot be built.</exception>
    public static void Validate(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var specs = (parameters.FilterSpecs ?? []).Concat(parameters.TileSpecs.SelectMany(TileFilters));
        foreach (var spec in specs)
        {
            FilterRegistry.Create(spec, Random.Shared);
        }
    }

    private static IEnumerable<FilterSpec> TileFilters(TileSpec tile) =>
        new[] { tile.FilterSpec }.Concat(tile.Channels?.Select(channel => channel.FilterSpec) ?? []).OfType<FilterSpec>();
}
