namespace Render.Server.Routes;

/// <summary><c>/owner/{owner}</c>: an owner's stacks or match collections.</summary>
internal sealed record OwnerRoute(string Owner);
