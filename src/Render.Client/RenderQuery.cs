namespace Render.Client;

/// <summary>
/// The query of render-parameters and image requests (render's render-query and tile-normalisation
/// parameters). Null values are not sent; the service's defaults then apply.
/// </summary>
public sealed record RenderQuery
{
    /// <summary>The output scale.</summary>
    public double? Scale { get; init; }

    /// <summary>The intensity mapped to black.</summary>
    public double? MinIntensity { get; init; }

    /// <summary>The intensity mapped to white.</summary>
    public double? MaxIntensity { get; init; }

    /// <summary>A channel, or a weighted mix such as <c>DAPI___.8___GFP___.2</c>.</summary>
    public string? Channels { get; init; }

    /// <summary>Apply the default filter.</summary>
    public bool? Filter { get; init; }

    /// <summary>A named list of filters to apply.</summary>
    public string? FilterListName { get; init; }

    /// <summary>Render the mask as binary.</summary>
    public bool? BinaryMask { get; init; }

    /// <summary>Write grey instead of colour.</summary>
    public bool? ConvertToGray { get; init; }

    /// <summary>Ignore the tiles' masks.</summary>
    public bool? ExcludeMask { get; init; }

    /// <summary>The most tiles to render before the service answers with an empty image.</summary>
    public int? MaxTileSpecsToRender { get; init; }

    /// <summary>Tile requests: render the tile at the origin, as render's matching clients do.</summary>
    public bool? NormalizeForMatching { get; init; }

    /// <summary>Tile requests: render without any transform.</summary>
    public bool? ExcludeAllTransforms { get; init; }

    /// <summary>Tile requests: the output width.</summary>
    public int? Width { get; init; }

    /// <summary>Tile requests: the output height.</summary>
    public int? Height { get; init; }

    internal RequestPath AppendTo(RequestPath path) => path
        .Query("scale", Scale).Query("minIntensity", MinIntensity).Query("maxIntensity", MaxIntensity)
        .Query("channels", Channels).Query("filter", Filter).Query("filterListName", FilterListName)
        .Query("binaryMask", BinaryMask).Query("convertToGray", ConvertToGray).Query("excludeMask", ExcludeMask)
        .Query("maxTileSpecsToRender", MaxTileSpecsToRender).Query("normalizeForMatching", NormalizeForMatching)
        .Query("excludeAllTransforms", ExcludeAllTransforms).Query("width", Width).Query("height", Height);
}
