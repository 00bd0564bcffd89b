using Render.Model.Json;

namespace Render.Model.PointMatches;

/// <summary>Where a canvas lies relative to its montage neighbour; JSON uses the Java names.</summary>
[JsonConverter(typeof(JavaEnumConverter<MontageRelativePosition>))]
public enum MontageRelativePosition
{
    /// <summary>Above.</summary>
    [JsonStringEnumMemberName("TOP")]
    Top,

    /// <summary>Below.</summary>
    [JsonStringEnumMemberName("BOTTOM")]
    Bottom,

    /// <summary>To the left.</summary>
    [JsonStringEnumMemberName("LEFT")]
    Left,

    /// <summary>To the right.</summary>
    [JsonStringEnumMemberName("RIGHT")]
    Right,
}
