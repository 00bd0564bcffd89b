using System.Text;
using Render.Alignment.Residuals;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>
/// render-ws's CombinedRenderAndMatchService alignment-quality reads: a layer's tiles clustered by
/// a collection's pairs, and one pair's residuals in an aligned stack (<see cref="AlignmentQualityService"/>).
/// </summary>
internal static class AlignmentEndpoints
{
    public static void MapAlignmentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet(
            "/owner/{owner}/project/{project}/stack/{stack}/z/{z}/clusteredTileBoundsForCollection/{matchCollection}",
            async (string owner, string project, string stack, string z, string matchCollection, HttpRequest request, AlignmentQualityService quality, CancellationToken ct) =>
                Json(AlignmentJson.Serialize(await quality.ClusteredTileBoundsAsync(
                    StackIdOf(owner, project, stack), PathDouble(z, "z"), MatchCollectionIdOf(request.QueryString("matchOwner") ?? owner, matchCollection), ct))));
        api.MapPost(
            "/owner/{owner}/project/{project}/stack/{stack}/pairResidualCalculation",
            async (string owner, string project, string stack, HttpRequest request, AlignmentQualityService quality, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var input = AlignmentJson.ParseResidualInput(await reader.ReadToEndAsync(ct));
                return Json(AlignmentJson.Serialize(await quality.PairResidualAsync(StackIdOf(owner, project, stack), input, ct)));
            });

        // Our own extension (no render-ws counterpart), for the dashboard's residuals.html: each tile of the layer
        // with its box and the mean and max distance between its pairs' matches in this (aligned) stack, and its worst pairs.
        api.MapGet(
            "/owner/{owner}/project/{project}/stack/{stack}/z/{z}/tileResiduals",
            async (string owner, string project, string stack, string z, HttpRequest request, AlignmentQualityService quality, CancellationToken ct) =>
                Json(AlignmentJson.Serialize(await quality.TileResidualsAsync(
                    StackIdOf(owner, project, stack), PathDouble(z, "z"), MatchCollectionIdOf(request.QueryString("matchOwner") ?? owner, request.QueryString("matchCollection") ?? ""), ct))));
    }

    private static IResult Json(string json) => Results.Text(json, "application/json", Encoding.UTF8);
}
