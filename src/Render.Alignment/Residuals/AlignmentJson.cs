using System.Text.Json;
using System.Text.Json.Serialization;
using Render.Model.Tiles;

namespace Render.Alignment.Residuals;

/// <summary>render-ws's JSON for the residual request and answer and the clustered tile bounds (camel case, nulls left out).</summary>
public static class AlignmentJson
{
    /// <summary>Reads a <c>pairResidualCalculation</c> body.</summary>
    /// <exception cref="JsonException">The text is not such a body.</exception>
    public static ResidualInputData ParseResidualInput(string json) =>
        JsonSerializer.Deserialize(json, AlignmentJsonContext.Default.ResidualInputData) ?? throw new JsonException("the residual request is null");

    /// <summary>Writes a <c>pairResidualCalculation</c> answer.</summary>
    public static string Serialize(ResidualResult result) => JsonSerializer.Serialize(result, AlignmentJsonContext.Default.ResidualResult);

    /// <summary>Writes a <c>clusteredTileBoundsForCollection</c> answer.</summary>
    public static string Serialize(IReadOnlyList<IReadOnlyList<TileBounds>> clusters) =>
        JsonSerializer.Serialize(clusters, AlignmentJsonContext.Default.IReadOnlyListIReadOnlyListTileBounds);

    /// <summary>Writes a <c>tileResiduals</c> answer (our own extension, no render-ws counterpart).</summary>
    public static string Serialize(LayerResiduals residuals) => JsonSerializer.Serialize(residuals, AlignmentJsonContext.Default.LayerResiduals);
}

/// <summary>The source-generated serialisation of this library's render-ws types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResidualInputData))]
[JsonSerializable(typeof(ResidualResult))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyList<TileBounds>>))]
[JsonSerializable(typeof(LayerResiduals))]
internal sealed partial class AlignmentJsonContext : JsonSerializerContext;
