namespace Render.Server.Http;

/// <summary>render's query-parameter bundles, read from a request.</summary>
internal static class QueryBundles
{
    /// <summary>RenderQueryParameters (RQP).</summary>
    public static RenderQuery RenderQuery(this HttpRequest request) => new(
        BinaryMask: request.QueryBool("binaryMask"),
        Channels: request.QueryString("channels"),
        ConvertToGray: request.QueryBool("convertToGray"),
        ExcludeMask: request.QueryBool("excludeMask"),
        FillWithNoise: request.QueryBool("fillWithNoise"),
        Filter: request.QueryBool("filter"),
        FilterListName: request.QueryString("filterListName"),
        MinIntensity: request.QueryDouble("minIntensity"),
        MaxIntensity: request.QueryDouble("maxIntensity"),
        Scale: request.QueryDouble("scale"));

    /// <summary>The tile normalisation parameters (TNP).</summary>
    public static TileNormalization TileNormalization(this HttpRequest request) => new(
        X: request.QueryInt("x"),
        Y: request.QueryInt("y"),
        Width: request.QueryInt("width"),
        Height: request.QueryInt("height"),
        NormalizeForMatching: request.QueryBool("normalizeForMatching"),
        ExcludeTransformsAfterLast: Labels(request, "excludeTransformsAfterLast"),
        ExcludeFirstTransformAndAllAfter: Labels(request, "excludeFirstTransformAndAllAfter"),
        ExcludeAllTransforms: request.QueryBool("excludeAllTransforms"));

    /// <summary>A label set; empty values (<c>?excludeTransformsAfterLast=</c>) are no labels, so an empty set is ignored as in render.</summary>
    private static List<string> Labels(HttpRequest request, string name) =>
        [.. request.QueryList(name).Where(label => label.Length > 0).Distinct(StringComparer.Ordinal)];
}
