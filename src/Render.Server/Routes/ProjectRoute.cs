namespace Render.Server.Routes;

/// <summary><c>/owner/{owner}/project/{project}</c>: a project's stacks.</summary>
internal sealed record ProjectRoute(string Owner, string Project);
