using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>
/// render's natural orders: <c>CanvasId.compareTo</c> (group, then id, then relative position, ordinal
/// string order) and <c>OrderedCanvasIdPair.compareTo</c> (p, then q), and its pair normalisation
/// (the lesser canvas is p).
/// </summary>
public sealed class CanvasIdOrder : IComparer<CanvasId>, IComparer<OrderedCanvasIdPair>
{
    private CanvasIdOrder()
    {
    }

    /// <summary>The order.</summary>
    public static CanvasIdOrder Instance { get; } = new();

    /// <summary>
    /// render's CanvasId order, quirk included: a canvas without a relative position sorts before
    /// one with, but one with a position compares equal to one without.
    /// </summary>
    public int Compare(CanvasId? x, CanvasId? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var result = string.CompareOrdinal(x.GroupId, y.GroupId);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Id, y.Id);
        }

        if (result == 0)
        {
            if (x.RelativePosition is null)
            {
                result = y.RelativePosition is null ? 0 : -1;
            }
            else if (y.RelativePosition is { } other)
            {
                result = x.RelativePosition.Value.CompareTo(other);
            }
        }

        return result;
    }

    /// <summary>Pairs by p, then q.</summary>
    public int Compare(OrderedCanvasIdPair? x, OrderedCanvasIdPair? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var result = Compare(x.P, y.P);
        return result != 0 ? result : Compare(x.Q, y.Q);
    }

    /// <summary>
    /// render's <c>new OrderedCanvasIdPair(one, another, deltaZ)</c>: the lesser canvas becomes p and
    /// the z distance is made absolute.
    /// </summary>
    /// <exception cref="ArgumentException">Both canvases are the same.</exception>
    public static OrderedCanvasIdPair Pair(CanvasId one, CanvasId another, double? deltaZ = null)
    {
        var comparison = Instance.Compare(one, another);
        return comparison switch
        {
            < 0 => new OrderedCanvasIdPair(one, another, deltaZ is { } d ? Math.Abs(d) : null),
            > 0 => new OrderedCanvasIdPair(another, one, deltaZ is { } d ? Math.Abs(d) : null),
            _ => throw new ArgumentException($"both IDs are the same: '{one.Id}'"),
        };
    }
}
