using Microsoft.AspNetCore.Mvc;
using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/group/{groupId}/id/{id}</c>: every pair one canvas is in.</summary>
internal sealed record CanvasRoute(string Owner, string MatchCollection, string GroupId, [FromRoute(Name = "id")] string CanvasId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pairs.</summary>
    public MatchQuery Pairs => MatchQuery.InvolvingCanvas(GroupId, CanvasId);
}
