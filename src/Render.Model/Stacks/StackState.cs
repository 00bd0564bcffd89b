using Render.Model.Json;

namespace Render.Model.Stacks;

/// <summary>The life cycle of a stack; JSON and paths use the Java names.</summary>
[JsonConverter(typeof(JavaEnumConverter<StackState>))]
public enum StackState
{
    /// <summary>Tiles and transforms may be written.</summary>
    [JsonStringEnumMemberName("LOADING")]
    Loading,

    /// <summary>Indexed, with derived stats and section data; read-only for tiles.</summary>
    [JsonStringEnumMemberName("COMPLETE")]
    Complete,

    /// <summary>Complete and protected from changes.</summary>
    [JsonStringEnumMemberName("READ_ONLY")]
    ReadOnly,

    /// <summary>Metadata only; the tile data has been dropped.</summary>
    [JsonStringEnumMemberName("OFFLINE")]
    Offline,
}
