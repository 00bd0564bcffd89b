namespace Render.Server.Routes;

/// <summary><c>{S}/state/{state}</c>: the state a stack is asked to move to.</summary>
internal sealed record StackStateRoute(string Owner, string Project, string Stack, string State, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The state by its Java name (404 for another, as JAX-RS answers an enum that does not convert).</summary>
    public StackState Target => JavaParameters.PathEnum<StackState>(State, "state");
}
