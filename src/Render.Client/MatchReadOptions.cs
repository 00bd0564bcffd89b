namespace Render.Client;

/// <summary>How match pairs are read.</summary>
/// <param name="MergeCollections">Further collections of the same owner whose pairs are merged into the answer.</param>
/// <param name="ExcludeMatchDetails">Return the pairs with their counts but without the point lists.</param>
public sealed record MatchReadOptions(IReadOnlyList<string>? MergeCollections = null, bool ExcludeMatchDetails = false)
{
    internal RequestPath AppendTo(RequestPath path) => path
        .Query("mergeCollection", MergeCollections)
        .Query("excludeMatchDetails", ExcludeMatchDetails ? true : null);
}
