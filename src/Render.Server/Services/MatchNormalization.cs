using Render.Model.PointMatches;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's <c>CanvasMatches.normalize()</c>: a pair is stored with (pGroupId, pId) before
/// (qGroupId, qId), comparing groups first and then ids with Java's <c>String.compareTo</c>
/// (UTF-16 ordinal). Pair queries are normalised by the same rule so that either order finds the pair.
/// </summary>
public static class MatchNormalization
{
    /// <summary>render's message for a pair without its four ids.</summary>
    public const string MissingIds = "CanvasMatches are missing required pGroupId, qGroupId, pId, and/or qId values";

    /// <summary>
    /// The pair as render saves it: swapped when q comes before p (the p and q point arrays swap
    /// with the ids; weights and consensus data stay), and matchCount set to the number of weights.
    /// </summary>
    /// <exception cref="RenderInputException">An id is missing.</exception>
    public static CanvasMatches ForSave(CanvasMatches? pair)
    {
        if (pair?.PGroupId is null || pair.PId is null || pair.QGroupId is null || pair.QId is null)
        {
            throw new RenderInputException(MissingIds);
        }

        var normalized = ShouldSwap(pair.PGroupId, pair.PId, pair.QGroupId, pair.QId)
            ? pair with
            {
                PGroupId = pair.QGroupId,
                PId = pair.QId,
                QGroupId = pair.PGroupId,
                QId = pair.PId,
                Matches = pair.Matches?.Swapped(),
            }
            : pair;
        return normalized with { MatchCount = normalized.Matches?.WeightCount };
    }

    /// <summary>The exact pair of two canvases, in stored order.</summary>
    public static MatchQuery BetweenCanvases(string pGroupId, string pId, string qGroupId, string qId) =>
        ShouldSwap(pGroupId, pId, qGroupId, qId)
            ? MatchQuery.BetweenCanvases(qGroupId, qId, pGroupId, pId)
            : MatchQuery.BetweenCanvases(pGroupId, pId, qGroupId, qId);

    /// <summary>The pairs between two groups, in stored order (render normalises with empty ids, so only the groups count).</summary>
    public static MatchQuery BetweenGroups(string pGroupId, string qGroupId) =>
        string.CompareOrdinal(pGroupId, qGroupId) > 0
            ? MatchQuery.BetweenGroups(qGroupId, pGroupId)
            : MatchQuery.BetweenGroups(pGroupId, qGroupId);

    private static bool ShouldSwap(string pGroupId, string pId, string qGroupId, string qId)
    {
        var byGroup = string.CompareOrdinal(pGroupId, qGroupId);
        return byGroup > 0 || (byGroup == 0 && string.CompareOrdinal(pId, qId) > 0);
    }
}
