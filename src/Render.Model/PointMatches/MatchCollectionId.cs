using Render.Model.Naming;

namespace Render.Model.PointMatches;

/// <summary>
/// Identifies a point-match collection: owner and name. Ids built from request paths go through
/// <see cref="Create"/>; ids inside JSON bodies are taken as they are, as render does.
/// </summary>
/// <param name="Owner">The owner.</param>
/// <param name="Name">The collection name.</param>
public sealed record MatchCollectionId(string Owner, string Name) : IComparable<MatchCollectionId>
{
    /// <summary>
    /// A validated id: owner then name must follow <see cref="CollectionNames"/>' rule and
    /// <c>owner__name</c> must be at most 112 characters.
    /// </summary>
    public static ParseResult<MatchCollectionId> Create(string? owner, string? name)
    {
        var error = CollectionNames.CheckName("owner", owner)
            ?? CollectionNames.CheckName("name", name)
            ?? CollectionNames.CheckLength("match", CollectionNames.MaxMatchCollectionNameLength, owner!, name!);
        return error is null
            ? ParseResult<MatchCollectionId>.ForValue(new MatchCollectionId(owner!, name!))
            : ParseResult<MatchCollectionId>.ForError(error);
    }

    /// <summary>Orders by owner, then name (ordinal).</summary>
    public int CompareTo(MatchCollectionId? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byOwner = string.CompareOrdinal(Owner, other.Owner);
        return byOwner != 0 ? byOwner : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(MatchCollectionId? left, MatchCollectionId? right) => Compare(left, right) < 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <=(MatchCollectionId? left, MatchCollectionId? right) => Compare(left, right) <= 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >(MatchCollectionId? left, MatchCollectionId? right) => Compare(left, right) > 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >=(MatchCollectionId? left, MatchCollectionId? right) => Compare(left, right) >= 0;

    private static int Compare(MatchCollectionId? left, MatchCollectionId? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>render's wording: <c>match collection with owner 'o', and name 'n'</c>.</summary>
    public override string ToString() => $"match collection with owner '{Owner}', and name '{Name}'";
}
