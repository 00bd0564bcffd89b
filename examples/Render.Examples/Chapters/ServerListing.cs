using Render.Model.Stacks;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="ConnectChapter"/> found on the server.</summary>
/// <param name="Owners">Every owner of stacks.</param>
/// <param name="Projects">The projects of the connection's owner.</param>
/// <param name="Stacks">The stacks of the connection's project.</param>
public sealed record ServerListing(IReadOnlyList<string> Owners, IReadOnlyList<string> Projects, IReadOnlyList<StackId> Stacks);
