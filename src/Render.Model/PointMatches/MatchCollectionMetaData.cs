namespace Render.Model.PointMatches;

/// <summary>A match collection and the number of pairs it holds.</summary>
/// <param name="CollectionId">The collection.</param>
/// <param name="PairCount">The number of pairs.</param>
public sealed record MatchCollectionMetaData(
    MatchCollectionId? CollectionId = null,
    long? PairCount = null);
