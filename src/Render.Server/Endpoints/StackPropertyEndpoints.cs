using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Model.Stacks;
using Render.Server.Http;
using Render.Server.Services;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>The stack's metadata properties: resolution values, materialized box root, mipmap path builder, default channel, cycle, hierarchical data.</summary>
internal static class StackPropertyEndpoints
{
    public static void MapStackPropertyEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/resolutionValues", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Json((await stacks.GetResolutionValuesAsync(StackIdOf(owner, project, stack), ct)).ToList()));
        stack.MapPut("/resolutionValues", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetResolutionValuesAsync(StackIdOf(owner, project, stack), await request.ReadJsonAsync<List<double?>>(ct) ?? [], ct)));
        stack.MapDelete("/resolutionValues", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetResolutionValuesAsync(StackIdOf(owner, project, stack), null, ct)));

        stack.MapGet("/materializedBoxRootPath", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Text(await stacks.GetMaterializedBoxRootPathAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/materializedBoxRootPath", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetMaterializedBoxRootPathAsync(StackIdOf(owner, project, stack), await request.ReadTextAsync(ct), ct)));
        stack.MapDelete("/materializedBoxRootPath", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetMaterializedBoxRootPathAsync(StackIdOf(owner, project, stack), null, ct)));

        stack.MapGet("/mipmapPathBuilder", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.JsonOrNoContent(await stacks.GetMipmapPathBuilderAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/mipmapPathBuilder", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetMipmapPathBuilderAsync(
                StackIdOf(owner, project, stack), await request.ReadJsonAsync<MipmapPathBuilder>(ct) ?? new MipmapPathBuilder(), ct)));
        stack.MapDelete("/mipmapPathBuilder", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetMipmapPathBuilderAsync(StackIdOf(owner, project, stack), null, ct)));

        stack.MapGet("/defaultChannel", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Text(await stacks.GetDefaultChannelAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/defaultChannel", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetDefaultChannelAsync(StackIdOf(owner, project, stack), await request.ReadTextAsync(ct), ct)));
        stack.MapDelete("/defaultChannel", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetDefaultChannelAsync(StackIdOf(owner, project, stack), null, ct)));

        stack.MapGet("/cycle", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetCycleAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/cycle", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetCycleAsync(StackIdOf(owner, project, stack), await request.ReadJsonAsync<ReconstructionCycle>(ct), ct)));
        stack.MapDelete("/cycle", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetCycleAsync(StackIdOf(owner, project, stack), null, ct)));

        stack.MapGet("/hierarchicalData", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.JsonOrNoContent(await stacks.GetHierarchicalDataAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/hierarchicalData", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
            await Done(stacks.SetHierarchicalDataAsync(StackIdOf(owner, project, stack), await request.ReadJsonAsync<HierarchicalStack>(ct), ct)));
        stack.MapDelete("/hierarchicalData", (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            Done(stacks.SetHierarchicalDataAsync(StackIdOf(owner, project, stack), null, ct)));
    }

    private static async Task<IResult> Done(Task change)
    {
        await change.ConfigureAwait(false);
        return RenderResults.Done();
    }
}
