namespace Render.Server.Endpoints;

/// <summary>
/// render's match trials: POST runs SIFT matching and filtering of two canvases on the server and
/// stores the trial (200 with the trial's JSON: its id, matches and stats, as render answers); GET reads one back (404
/// when missing); DELETE removes one (200 whether or not it was there, as in render). The id listing
/// is ours (render has none); the dashboard's match-pair page uses it.
/// </summary>
internal static class MatchTrialEndpoints
{
    public static void MapMatchTrialEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/owner/{owner}/matchTrial", RunAsync);
        api.MapGet("/owner/{owner}/matchTrialIds", ListIdsAsync);
        api.MapGet("/owner/{owner}/matchTrial/{trialId}", GetAsync);
        api.MapDelete("/owner/{owner}/matchTrial/{trialId}", DeleteAsync);
    }

    private static async Task<ContentHttpResult> RunAsync([AsParameters] OwnerRoute route, TextBody body, HttpRequest request, MatchTrialService trials, CancellationToken ct)
    {
        var (_, json) = await trials.RunAsync(route.Owner, body.Value, request, ct);
        return TypedResults.Text(json, "application/json");
    }

    private static async Task<JsonArrayResult<string>> ListIdsAsync([AsParameters] OwnerRoute route, MatchTrialService trials, CancellationToken ct) =>
        RenderResults.Json(await trials.ListIdsAsync(route.Owner, ct));

    private static async Task<ContentHttpResult> GetAsync([AsParameters] MatchTrialRoute route, MatchTrialService trials, CancellationToken ct) =>
        TypedResults.Text(await trials.GetAsync(route.Owner, route.TrialId, ct), "application/json");

    private static Task<Ok> DeleteAsync([AsParameters] MatchTrialRoute route, MatchTrialService trials, CancellationToken ct) =>
        RenderResults.DoneAsync(trials.DeleteAsync(route.Owner, route.TrialId, ct));
}
