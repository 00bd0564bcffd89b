namespace Render.Storage;

/// <summary>The shapes of render's point-match queries (see <see cref="MatchQuery"/>).</summary>
public enum MatchQueryKind
{
    /// <summary>pGroupId = group.</summary>
    WithPGroup,

    /// <summary>pGroupId = qGroupId = group.</summary>
    WithinGroup,

    /// <summary>Exactly one of pGroupId and qGroupId is the group.</summary>
    OutsideGroup,

    /// <summary>pGroupId = group and qGroupId = other group.</summary>
    BetweenGroups,

    /// <summary>The pair of canvases (group, id) and (other group, other id), in that order.</summary>
    BetweenCanvases,

    /// <summary>Pairs of canvas (group, id) with any canvas of the other group, on either side.</summary>
    CanvasWithGroup,

    /// <summary>Pairs with canvas (group, id) on either side.</summary>
    InvolvingCanvas,
}
