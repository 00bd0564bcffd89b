using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{S}/section/{sectionId}</c>: the tiles of one section.</summary>
internal sealed record SectionRoute(string Owner, string Project, string Stack, string SectionId, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The section's tiles.</summary>
    public TileQuery Tiles => new() { SectionId = SectionId };
}
