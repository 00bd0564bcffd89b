using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Storage.Relational;

/// <summary>One canvas pair as it is written: the four ids, its consensus data as JSON and its matches packed (<see cref="PackedMatches"/>).</summary>
internal sealed record PairRow(string PGroupId, string PId, string QGroupId, string QId, byte[]? Consensus, int? MatchCount, byte[]? Matches)
{
    /// <summary>The row of a pair that has all four ids.</summary>
    public static PairRow Of(CanvasMatches pair) => new(
        pair.PGroupId!,
        pair.PId!,
        pair.QGroupId!,
        pair.QId!,
        pair.ConsensusSetData is null ? null : RenderJson.SerializeToUtf8Bytes(pair.ConsensusSetData),
        pair.MatchCount,
        pair.Matches is null ? null : PackedMatches.Pack(pair.Matches));

    /// <summary>The stored row read back into the model: consensus JSON parsed, matches unpacked.</summary>
    public CanvasMatches Parse() => new(
        PGroupId,
        PId,
        QGroupId,
        QId,
        Consensus is null ? null : RenderJson.Parse<ConsensusSetData>(Consensus).GetValueOrThrow(),
        Matches is null ? null : PackedMatches.Unpack(Matches),
        MatchCount);
}
