namespace Render.Server.Endpoints;

/// <summary>
/// The stack's metadata properties: resolution values, materialized box root, mipmap path builder,
/// default channel, cycle, hierarchical data. Each is read, set (from the body) and cleared.
/// </summary>
internal static class StackPropertyEndpoints
{
    public static void MapStackPropertyEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/resolutionValues", GetResolutionValuesAsync);
        stack.MapPut("/resolutionValues", SetResolutionValuesAsync);
        stack.MapDelete("/resolutionValues", ClearResolutionValuesAsync);

        stack.MapGet("/materializedBoxRootPath", GetMaterializedBoxRootPathAsync);
        stack.MapPut("/materializedBoxRootPath", SetMaterializedBoxRootPathAsync);
        stack.MapDelete("/materializedBoxRootPath", ClearMaterializedBoxRootPathAsync);

        stack.MapGet("/mipmapPathBuilder", GetMipmapPathBuilderAsync);
        stack.MapPut("/mipmapPathBuilder", SetMipmapPathBuilderAsync);
        stack.MapDelete("/mipmapPathBuilder", ClearMipmapPathBuilderAsync);

        stack.MapGet("/defaultChannel", GetDefaultChannelAsync);
        stack.MapPut("/defaultChannel", SetDefaultChannelAsync);
        stack.MapDelete("/defaultChannel", ClearDefaultChannelAsync);

        stack.MapGet("/cycle", GetCycleAsync);
        stack.MapPut("/cycle", SetCycleAsync);
        stack.MapDelete("/cycle", ClearCycleAsync);

        stack.MapGet("/hierarchicalData", GetHierarchicalDataAsync);
        stack.MapPut("/hierarchicalData", SetHierarchicalDataAsync);
        stack.MapDelete("/hierarchicalData", ClearHierarchicalDataAsync);
    }

    private static async Task<JsonValueResult<List<double?>>> GetResolutionValuesAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetResolutionValuesAsync(route.Id, ct));

    private static Task<Ok> SetResolutionValuesAsync([AsParameters] StackRoute route, JsonBody<List<double?>> values, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetResolutionValuesAsync(route.Id, values.Value ?? [], ct));

    private static async Task<PlainTextResult> GetMaterializedBoxRootPathAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Text(await stacks.GetMaterializedBoxRootPathAsync(route.Id, ct));

    private static Task<Ok> SetMaterializedBoxRootPathAsync([AsParameters] StackRoute route, TextBody path, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetMaterializedBoxRootPathAsync(route.Id, path.Value, ct));

    private static async Task<JsonOrNoContentResult<MipmapPathBuilder>> GetMipmapPathBuilderAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.JsonOrNoContent(await stacks.GetMipmapPathBuilderAsync(route.Id, ct));

    private static Task<Ok> SetMipmapPathBuilderAsync([AsParameters] StackRoute route, JsonBody<MipmapPathBuilder> builder, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetMipmapPathBuilderAsync(route.Id, builder.Value ?? new MipmapPathBuilder(), ct));

    private static async Task<PlainTextResult> GetDefaultChannelAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Text(await stacks.GetDefaultChannelAsync(route.Id, ct));

    private static Task<Ok> SetDefaultChannelAsync([AsParameters] StackRoute route, TextBody channel, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetDefaultChannelAsync(route.Id, channel.Value, ct));

    private static async Task<JsonValueResult<ReconstructionCycle>> GetCycleAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.Json(await stacks.GetCycleAsync(route.Id, ct));

    private static Task<Ok> SetCycleAsync([AsParameters] StackRoute route, JsonBody<ReconstructionCycle> cycle, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetCycleAsync(route.Id, cycle.Value, ct));

    private static async Task<JsonOrNoContentResult<HierarchicalStack>> GetHierarchicalDataAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.JsonOrNoContent(await stacks.GetHierarchicalDataAsync(route.Id, ct));

    private static Task<Ok> SetHierarchicalDataAsync([AsParameters] StackRoute route, JsonBody<HierarchicalStack> data, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetHierarchicalDataAsync(route.Id, data.Value, ct));

    private static Task<Ok> ClearResolutionValuesAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetResolutionValuesAsync(route.Id, null, ct));

    private static Task<Ok> ClearMaterializedBoxRootPathAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetMaterializedBoxRootPathAsync(route.Id, null, ct));

    private static Task<Ok> ClearMipmapPathBuilderAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetMipmapPathBuilderAsync(route.Id, null, ct));

    private static Task<Ok> ClearDefaultChannelAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetDefaultChannelAsync(route.Id, null, ct));

    private static Task<Ok> ClearCycleAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetCycleAsync(route.Id, null, ct));

    private static Task<Ok> ClearHierarchicalDataAsync([AsParameters] StackRoute route, StackService stacks, CancellationToken ct) =>
        RenderResults.DoneAsync(stacks.SetHierarchicalDataAsync(route.Id, null, ct));
}
