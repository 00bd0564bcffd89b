using System.Text.Json;
using Render.Model.PointMatches;

namespace Render.Client;

/// <summary>Match trials (render's matchTrial routes): run one on the server, read it back, delete it.</summary>
public sealed partial class MatchesClient
{
    /// <summary>
    /// Runs a match trial on the server and returns it as stored, with its id, matches and stats
    /// (<paramref name="parameters"/> is render's MatchTrialParameters: featureAndMatchParameters and
    /// the p and q render-parameters URLs).
    /// </summary>
    public Task<MatchTrial> RunTrialAsync(JsonElement parameters, string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.SendJsonAsync<MatchTrial>(
            HttpMethod.Post, RequestPath.Root().Literal("owner").Value(_transport.OwnerOr(owner)).Literal("matchTrial"),
            () => new StringContent(parameters.GetRawText(), System.Text.Encoding.UTF8, "application/json"), cancellationToken);

    /// <summary>A stored trial.</summary>
    /// <exception cref="RenderNotFoundException">No such trial.</exception>
    public Task<MatchTrial> GetTrialAsync(string trialId, string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<MatchTrial>(Trial(trialId, owner), cancellationToken);

    /// <summary>Deletes a trial (nothing happens when there is none).</summary>
    public Task DeleteTrialAsync(string trialId, string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, Trial(trialId, owner), null, cancellationToken);

    private RequestPath Trial(string trialId, string? owner) =>
        RequestPath.Root().Literal("owner").Value(_transport.OwnerOr(owner)).Literal("matchTrial").Value(trialId);
}
