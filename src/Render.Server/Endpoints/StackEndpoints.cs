using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Model.Stacks;
using Render.Server.Http;
using Render.Server.Services;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>render's StackMetaDataService: owners, projects, stacks, versions, state, clone, rename, delete.</summary>
internal static class StackEndpoints
{
    public static void MapStackEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/likelyUniqueId", () => RenderResults.Text(LikelyUniqueId.Next()));
        api.MapGet("/owners", async (StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetOwnersAsync(ct)));
        api.MapGet("/owner/{owner}/projects", async (string owner, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetProjectsAsync(owner, ct)));
        api.MapGet("/owner/{owner}/stacks", async (string owner, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetStacksAsync(owner, null, ct)));
        api.MapGet("/owner/{owner}/project/{project}/stacks", async (string owner, string project, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetStacksAsync(owner, project, ct)));
        api.MapGet("/owner/{owner}/stackIds", async (string owner, StackService stacks, CancellationToken ct) =>
            RenderResults.Json((await stacks.GetStacksAsync(owner, null, ct)).Select(stack => stack.StackId).ToList()));
        api.MapGet("/owner/{owner}/project/{project}/stackIds", async (string owner, string project, StackService stacks, CancellationToken ct) =>
            RenderResults.Json((await stacks.GetStacksAsync(owner, project, ct)).Select(stack => stack.StackId).ToList()));

        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPost("", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
        {
            await stacks.SaveVersionAsync(StackIdOf(owner, project, stack), await request.ReadJsonAsync<StackVersion>(ct), ct);
            return RenderResults.Created();
        });
        stack.MapDelete("", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
        {
            await stacks.DeleteAsync(StackIdOf(owner, project, stack), ct);
            return RenderResults.Done();
        });
        stack.MapGet("/bounds", async (string owner, string project, string stack, StackService stacks, CancellationToken ct) =>
            RenderResults.Json(await stacks.GetBoundsAsync(StackIdOf(owner, project, stack), ct)));
        stack.MapPut("/state/{state}", async (string owner, string project, string stack, string state, StackService stacks, CancellationToken ct) =>
        {
            await stacks.SetStateAsync(StackIdOf(owner, project, stack), PathEnum<StackState>(state, "state"), ct);
            return RenderResults.Created();
        });
        stack.MapPut("/stackId", async (string owner, string project, string stack, HttpRequest request, StackService stacks, CancellationToken ct) =>
        {
            await stacks.RenameAsync(StackIdOf(owner, project, stack), await request.ReadJsonAsync<StackId>(ct), ct);
            return RenderResults.Done();
        });
        stack.MapPut("/cloneTo/{toStack}", async (string owner, string project, string stack, string toStack, HttpRequest request, StackService stacks, CancellationToken ct) =>
        {
            var zValues = request.QueryList("z").Select(z => PathDouble(z, "z")).ToList();
            var toId = StackIdOf(owner, request.QueryString("toProject") ?? project, toStack);
            var version = await request.ReadJsonAsync<StackVersion>(ct);
            await stacks.CloneAsync(StackIdOf(owner, project, stack), toId, version, zValues.Count > 0 ? zValues : null, request.QueryBool("skipTransforms") == true, ct);
            return RenderResults.Created();
        });
        stack.MapStackPropertyEndpoints();
    }
}
