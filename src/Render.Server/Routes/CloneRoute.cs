namespace Render.Server.Routes;

/// <summary><c>{S}/cloneTo/{toStack}</c>: where a stack is cloned to, which layers, and whether the shared transforms go too.</summary>
internal sealed record CloneRoute(string Owner, string Project, string Stack, string ToStack, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The target: <c>toProject</c> (default the same project) and the path's stack.</summary>
    public StackId ToId => JavaParameters.StackIdOf(Owner, Request.QueryString("toProject") ?? Project, ToStack);

    /// <summary>The repeated <c>z</c> query values; null (all layers) when there are none.</summary>
    public IReadOnlyCollection<double>? ZValues =>
        Request.QueryList("z").Select(z => JavaParameters.PathDouble(z, "z")).ToList() is { Count: > 0 } zValues ? zValues : null;

    /// <summary>The <c>skipTransforms</c> query value (absent is false).</summary>
    public bool SkipTransforms => Request.QueryBool("skipTransforms") == true;
}
