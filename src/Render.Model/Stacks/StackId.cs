using Render.Model.Naming;

namespace Render.Model.Stacks;

/// <summary>
/// Identifies a stack: owner, project and stack name. Ids built from request paths go through
/// <see cref="Create"/>, which applies render's name rules; ids inside JSON bodies are taken as
/// they are, as render does.
/// </summary>
/// <param name="Owner">The owner.</param>
/// <param name="Project">The project.</param>
/// <param name="Stack">The stack name.</param>
public sealed record StackId(string Owner, string Project, string Stack) : IComparable<StackId>
{
    /// <summary>
    /// A validated id: each name must follow <see cref="CollectionNames"/>' rule (checked in the order
    /// owner, project, stack) and <c>owner__project__stack__transform</c> must be at most 111 characters.
    /// </summary>
    public static ParseResult<StackId> Create(string? owner, string? project, string? stack)
    {
        var error = CollectionNames.CheckName("owner", owner)
            ?? CollectionNames.CheckName("project", project)
            ?? CollectionNames.CheckName("stack", stack)
            ?? CollectionNames.CheckLength("render", CollectionNames.MaxRenderCollectionNameLength, owner!, project!, stack!, "transform");
        return error is null
            ? ParseResult<StackId>.ForValue(new StackId(owner!, project!, stack!))
            : ParseResult<StackId>.ForError(error);
    }

    /// <summary>Orders by owner, project, then stack (ordinal).</summary>
    public int CompareTo(StackId? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byOwner = string.CompareOrdinal(Owner, other.Owner);
        if (byOwner != 0)
        {
            return byOwner;
        }

        var byProject = string.CompareOrdinal(Project, other.Project);
        return byProject != 0 ? byProject : string.CompareOrdinal(Stack, other.Stack);
    }

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(StackId? left, StackId? right) => Compare(left, right) < 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <=(StackId? left, StackId? right) => Compare(left, right) <= 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >(StackId? left, StackId? right) => Compare(left, right) > 0;

    /// <summary>Ordinal ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >=(StackId? left, StackId? right) => Compare(left, right) >= 0;

    private static int Compare(StackId? left, StackId? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>render's wording, used in its messages: <c>stack with owner 'o', project 'p', and name 's'</c>.</summary>
    public override string ToString() => $"stack with owner '{Owner}', project '{Project}', and name '{Stack}'";
}
