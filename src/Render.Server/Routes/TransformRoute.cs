namespace Render.Server.Routes;

/// <summary><c>{S}/transform/{transformId}</c>: one shared transform of a stack.</summary>
internal sealed record TransformRoute(string Owner, string Project, string Stack, string TransformId, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request);
