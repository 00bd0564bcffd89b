using Render.Model.Tiles;

namespace Render.Export.Boxes;

/// <summary>
/// render's MaterializedBoxParameters.CLUSTER_GROUP_ID_COMPARATOR (BoxClient --sortByClusterGroupId):
/// tiles with a groupId first, groupIds descending, then tileIds ascending (both compared as Java
/// strings, by UTF-16 code unit). Cluster groupIds are given largest cluster first, so the smallest
/// clusters are drawn first and the largest end on top where clusters overlap.
/// </summary>
public sealed class ClusterGroupOrder : IComparer<TileSpec>
{
    private ClusterGroupOrder()
    {
    }

    /// <summary>The one instance.</summary>
    public static ClusterGroupOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(TileSpec? x, TileSpec? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var result = (x.GroupId, y.GroupId) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => string.CompareOrdinal(b, a),
        };
        return result != 0 ? result : string.CompareOrdinal(x.TileId, y.TileId);
    }
}
