using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>
/// Java's <c>OrderedCanvasIdPair.equals</c>: p and q by group, id and relative position (not the z
/// distance, and not clip offsets, which render's tile pairs never set).
/// </summary>
internal sealed class PairIdentity : IEqualityComparer<OrderedCanvasIdPair>
{
    public static PairIdentity Instance { get; } = new();

    public bool Equals(OrderedCanvasIdPair? x, OrderedCanvasIdPair? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Same(x.P, y.P) && Same(x.Q, y.Q));

    public int GetHashCode(OrderedCanvasIdPair obj) => HashCode.Combine(Hash(obj.P), Hash(obj.Q));

    private static bool Same(CanvasId? a, CanvasId? b) =>
        a is null ? b is null : b is not null && a.GroupId == b.GroupId && a.Id == b.Id && a.RelativePosition == b.RelativePosition;

    private static int Hash(CanvasId? id) => id is null ? 0 : HashCode.Combine(id.GroupId, id.Id, id.RelativePosition);
}
