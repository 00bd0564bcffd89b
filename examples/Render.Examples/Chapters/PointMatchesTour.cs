using Render.Model.PointMatches;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="PointMatchesChapter"/> saved and read back.</summary>
/// <param name="Collection">The collection (deleted at the end).</param>
/// <param name="MontagePairs">The pairs saved within the first section.</param>
/// <param name="CrossPairs">The pairs saved from the first section to the second.</param>
/// <param name="ListedPairCount">The pair count the collection listing reported.</param>
/// <param name="WithinGroup">The pairs read within the first section.</param>
/// <param name="OutsideGroup">The pairs read from the first section to others.</param>
/// <param name="BetweenCanvases">The pairs read between the two tiles of the first montage pair.</param>
/// <param name="OutsideAfterDelete">The pairs read from the first section to others after deleting those between the two sections.</param>
public sealed record PointMatchesTour(
    MatchCollectionId Collection,
    IReadOnlyList<CanvasMatches> MontagePairs,
    IReadOnlyList<CanvasMatches> CrossPairs,
    long ListedPairCount,
    IReadOnlyList<CanvasMatches> WithinGroup,
    IReadOnlyList<CanvasMatches> OutsideGroup,
    IReadOnlyList<CanvasMatches> BetweenCanvases,
    IReadOnlyList<CanvasMatches> OutsideAfterDelete);
