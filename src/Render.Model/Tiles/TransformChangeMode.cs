using Render.Model.Json;

namespace Render.Model.Tiles;

/// <summary>
/// How a transform change is applied to a tile (render's <c>ImportTransformChangesClient.ChangeMode</c>);
/// the Java names are what render-python passes as <c>--changeMode</c>.
/// </summary>
[JsonConverter(typeof(JavaEnumConverter<TransformChangeMode>))]
public enum TransformChangeMode
{
    /// <summary>The transform is added after the tile's transforms.</summary>
    [JsonStringEnumMemberName("APPEND")]
    Append,

    /// <summary>The transform takes the place of the tile's last transform (is added when it has none).</summary>
    [JsonStringEnumMemberName("REPLACE_LAST")]
    ReplaceLast,

    /// <summary>The transform becomes the tile's only transform.</summary>
    [JsonStringEnumMemberName("REPLACE_ALL")]
    ReplaceAll,
}
