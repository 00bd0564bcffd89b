using System.Globalization;
using System.Text.Json.Nodes;
using Render.Matching.Canvases;
using Render.Matching.Features;
using Render.Matching.Matching;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Server.Services;

/// <summary>
/// render's MatchTrialParameters read from a POST body, validated and with render's defaults set
/// (validateAndSetDefaults): the two render-parameters URLs, the SIFT options and the match
/// derivation options, and the parameters as the stored trial shows them (defaults filled in).
/// </summary>
/// <param name="PRenderParametersUrl">The p canvas's render parameters.</param>
/// <param name="QRenderParametersUrl">The q canvas's render parameters.</param>
/// <param name="Sift">render's siftFeatureParameters.</param>
/// <param name="MatchDerivation">render's matchDerivationParameters, except the epsilon (see <see cref="MaxEpsilon"/>).</param>
/// <param name="MaxEpsilon">matchMaxEpsilonFullScale when given (full-scale pixels), else matchMaxEpsilon (render-scale pixels).</param>
/// <param name="Normalized">The parameters as stored, with every default written out.</param>
/// <param name="Clip">render's pClipPosition and clipPixels as the clips of the p and q canvases, or null for whole canvases.</param>
internal sealed record MatchTrialRequest(
    string PRenderParametersUrl,
    string QRenderParametersUrl,
    SiftOptions Sift,
    MatchOptions MatchDerivation,
    (float Value, bool FullScale) MaxEpsilon,
    JsonObject Normalized,
    (CanvasClip P, CanvasClip Q)? Clip = null)
{
    /// <summary>The most RANSAC iterations a trial runs (the server's cap; render has none).</summary>
    public const int MaxIterations = 100_000;

    /// <summary>The match options for canvases rendered at <paramref name="renderScale"/> (render's getMatchMaxEpsilonForRenderScale).</summary>
    public MatchOptions MatchOptionsAt(double renderScale) => MatchDerivation with
    {
        MaxEpsilonFullScale = MaxEpsilon.FullScale ? MaxEpsilon.Value : (float)(MaxEpsilon.Value / renderScale),
    };

    /// <summary>Reads and validates the body; every problem is an <see cref="ArgumentException"/> (400) saying what is wrong.</summary>
    public static MatchTrialRequest Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Trim() == "null")
        {
            throw new ArgumentException("no parameters provided");
        }

        var root = JsonNode.Parse(body) as JsonObject ?? throw new ArgumentException("the match trial parameters must be a JSON object");

        // A whole MatchTrial (as GET answers it) is accepted too: its parameters are used.
        if (root["parameters"] is JsonObject wrapped && root["featureAndMatchParameters"] is null)
        {
            root = wrapped;
        }

        if (root["geometricDescriptorAndMatchFilterParameters"] is not null)
        {
            throw new ArgumentException("geometricDescriptorAndMatchFilterParameters are not supported by this server (SIFT trials only)");
        }

        var featureAndMatch = root["featureAndMatchParameters"] as JsonObject ?? throw new ArgumentException("featureAndMatchParameters are not defined");
        var sift = ParseSift(featureAndMatch["siftFeatureParameters"] as JsonObject ?? throw new ArgumentException("siftFeatureParameters must be defined"));
        var matchNode = featureAndMatch["matchDerivationParameters"] as JsonObject ?? throw new ArgumentException("feature matchDerivationParameters must be defined");
        var (match, epsilon) = ParseMatch(matchNode);
        var clipPosition = featureAndMatch["pClipPosition"] is null ? (MontageRelativePosition?)null : EnumValue(featureAndMatch, "pClipPosition", MontageRelativePosition.Left);
        var clipPixels = Int(featureAndMatch, "clipPixels");
        var clip = CanvasClip.ForTrial(clipPosition, clipPixels);
        var p = Url(root, "pRenderParametersUrl");
        var q = Url(root, "qRenderParametersUrl");

        var normalized = new JsonObject
        {
            ["featureAndMatchParameters"] = new JsonObject
            {
                ["siftFeatureParameters"] = new JsonObject { ["fdSize"] = sift.FdSize, ["minScale"] = sift.MinScale, ["maxScale"] = sift.MaxScale, ["steps"] = sift.Steps },
                ["matchDerivationParameters"] = NormalizedMatch(match, epsilon),
            },
            ["pRenderParametersUrl"] = p,
            ["qRenderParametersUrl"] = q,
        };
        if (clip is not null)
        {
            normalized["featureAndMatchParameters"]!["pClipPosition"] = JavaEnumNames<MontageRelativePosition>.NameOf(clipPosition!.Value);
            normalized["featureAndMatchParameters"]!["clipPixels"] = clipPixels;
        }

        return new MatchTrialRequest(p, q, sift, match, epsilon, normalized, clip);
    }

    private static SiftOptions ParseSift(JsonObject node)
    {
        var sift = new SiftOptions(
            Int(node, "fdSize") ?? 8, Double(node, "minScale") ?? 0.5, Double(node, "maxScale") ?? 0.85, Int(node, "steps") ?? 3);
        sift.Validate();
        return sift;
    }

    private static (MatchOptions Options, (float Value, bool FullScale) Epsilon) ParseMatch(JsonObject node)
    {
        if (node["matchRegularizerModelType"] is not null || node["matchInterpolatedModelLambda"] is not null)
        {
            throw new ArgumentException("matchRegularizerModelType and matchInterpolatedModelLambda (interpolated models) are not supported by this server's match trials");
        }

        var fullScale = Double(node, "matchMaxEpsilonFullScale");
        var renderScale = Double(node, "matchMaxEpsilon");
        (float, bool) epsilon = fullScale is { } f ? ((float)f, true)
            : renderScale is { } r ? ((float)r, false)
            : throw new ArgumentException("matchMaxEpsilonFullScale (or matchMaxEpsilon) must be defined");
        var iterations = Int(node, "matchIterations") ?? 1000;
        if (iterations > MaxIterations)
        {
            throw new ArgumentException($"matchIterations {iterations} is more than this server runs for a trial ({MaxIterations:N0})");
        }

        var options = new MatchOptions(
            Rod: (float)(Double(node, "matchRod") ?? 0.92),
            ModelType: EnumValue(node, "matchModelType", MatchModelType.Affine),
            Iterations: iterations,
            MaxEpsilonFullScale: epsilon.Item1,
            MinInlierRatio: (float)(Double(node, "matchMinInlierRatio") ?? 0.0),
            MinNumInliers: Int(node, "matchMinNumInliers") ?? 4,
            MaxNumInliers: Int(node, "matchMaxNumInliers"),
            MaxTrust: Double(node, "matchMaxTrust") ?? 3.0,
            Filter: node["matchFilter"]?.GetValue<string>() == "NO_FILTER" ? MatchFilterType.None : EnumValue(node, "matchFilter", MatchFilterType.SingleSet));
        options.Validate();
        return (options, epsilon);
    }

    private static JsonObject NormalizedMatch(MatchOptions match, (float Value, bool FullScale) epsilon)
    {
        var node = new JsonObject
        {
            ["matchRod"] = match.Rod,
            ["matchModelType"] = JavaName(match.ModelType.ToString()),
            ["matchIterations"] = match.Iterations,
            [epsilon.FullScale ? "matchMaxEpsilonFullScale" : "matchMaxEpsilon"] = epsilon.Value,
            ["matchMinInlierRatio"] = match.MinInlierRatio,
            ["matchMinNumInliers"] = match.MinNumInliers,
        };
        if (match.MaxNumInliers is { } max)
        {
            node["matchMaxNumInliers"] = max;
        }

        node["matchMaxTrust"] = match.MaxTrust;
        node["matchFilter"] = match.Filter == MatchFilterType.None ? "NO_FILTER" : JavaName(match.Filter.ToString());
        return node;
    }

    private static string Url(JsonObject root, string name) =>
        root[name] is JsonValue value && value.TryGetValue<string>(out var url) && url.Length > 0
            ? url
            : throw new ArgumentException($"{name} is not defined");

    private static double? Double(JsonObject node, string name) => node[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && double.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ArgumentException($"{name} must be a number"),
    };

    private static int? Int(JsonObject node, string name) => Double(node, name) switch
    {
        null => null,
        var number when number == Math.Floor(number.Value) && Math.Abs(number.Value) <= int.MaxValue => (int)number.Value,
        _ => throw new ArgumentException($"{name} must be a whole number"),
    };

    /// <summary>render's Java enum names (SINGLE_SET) to ours (SingleSet).</summary>
    private static T EnumValue<T>(JsonObject node, string name, T fallback)
        where T : struct, Enum
    {
        if (node[name] is null)
        {
            return fallback;
        }

        var text = node[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : string.Empty;
        return Enum.TryParse<T>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) && !int.TryParse(text, out _)
            ? parsed
            : throw new ArgumentException($"{name} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(JavaName))}");
    }

    private static string JavaName(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
