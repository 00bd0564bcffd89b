namespace Render.Server.Endpoints;

/// <summary>render's StackMetaDataService: owners, projects, stacks, versions, state, clone, rename, delete.</summary>
internal static class StackEndpoints
{
    public static void MapStackEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/likelyUniqueId", GetLikelyUniqueId);
        api.MapGet("/owners", GetOwnersAsync);
        api.MapGet("/owner/{owner}/projects", GetProjectsAsync);
        api.MapGet("/owner/{owner}/stacks", GetOwnerStacksAsync);
        api.MapGet("/owner/{owner}/project/{project}/stacks", GetProjectStacksAsync);
        api.MapGet("/owner/{owner}/stackIds", GetOwnerStackIdsAsync);
        api.MapGet("/owner/{owner}/project/{project}/stackIds", GetProjectStackIdsAsync);

        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("", GetAsync);
        stack.MapPost("", SaveVersionAsync);
        stack.MapDelete("", DeleteAsync);
        stack.MapGet("/bounds", GetBoundsAsync);
        stack.MapPut("/state/{state}", SetStateAsync);
        stack.MapPut("/stackId", RenameAsync);
        stack.MapPut("/cloneTo/{toStack}", CloneAsync);
        stack.MapStackPropertyEndpoints();
    }

    private static PlainTextResult GetLikelyUniqueId() => RenderResults.Text(LikelyUniqueId.Next());

    private static async Task<JsonArrayResult<string>> GetOwnersAsync(StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetOwnersAsync(ct));

    private static async Task<JsonArrayResult<string>> GetProjectsAsync([AsParameters] OwnerRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetProjectsAsync(route.Owner, ct));

    private static async Task<JsonArrayResult<StackMetaData>> GetOwnerStacksAsync([AsParameters] OwnerRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetStacksAsync(route.Owner, null, ct));

    private static async Task<JsonArrayResult<StackMetaData>> GetProjectStacksAsync([AsParameters] ProjectRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetStacksAsync(route.Owner, route.Project, ct));

    private static async Task<JsonValueResult<List<StackId>>> GetOwnerStackIdsAsync([AsParameters] OwnerRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetStackIdsAsync(route.Owner, null, ct));

    private static async Task<JsonValueResult<List<StackId>>> GetProjectStackIdsAsync([AsParameters] ProjectRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetStackIdsAsync(route.Owner, route.Project, ct));

    private static async Task<JsonValueResult<StackMetaData>> GetAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetAsync(route.Id, ct));

    private static Task<CreatedAtRequestResult> SaveVersionAsync([AsParameters] StackRoute route, JsonBody<StackVersion> version, StackService stacks, CancellationToken ct) =>
        RenderResults.CreatedAsync(stacks.SaveVersionAsync(route.Id, version.Value, ct));

    private static Task<Ok> DeleteAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.DeleteAsync(route.Id, ct));

    private static async Task<JsonValueResult<Bounds>> GetBoundsAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetBoundsAsync(route.Id, ct));

    private static Task<CreatedAtRequestResult> SetStateAsync([AsParameters] StackStateRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.CreatedAsync(stacks.SetStateAsync(route.Id, route.Target, ct));

    private static Task<Ok> RenameAsync([AsParameters] StackRoute route, JsonBody<StackId> toId, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.RenameAsync(route.Id, toId.Value, ct));

    private static Task<CreatedAtRequestResult> CloneAsync([AsParameters] CloneRoute route, JsonBody<StackVersion> version, StackService stacks, CancellationToken ct) =>
        RenderResults.CreatedAsync(stacks.CloneAsync(route.Id, route.ToId, version.Value, route.ZValues, route.SkipTransforms, ct));
}
